import Dossier

/// A sentence with its mentions, resolved within the document.
struct ReadSentence: Sendable {
    var sentence: Sentence
    /// Mentions sorted by position, entities with document-level names.
    var mentions: [Mention]

    func mention(at token: Int) -> Mention? {
        mentions.first { $0.start <= token && token < $0.end }
    }
}

/// Reads a document: prepares the text, cuts sentences, finds mentions with
/// the recognizers, then resolves names across the document (a surname or
/// a shorter form joins the full name seen there).
struct DocumentReader: Sendable {
    let lexicon: Lexicon
    var recognizers: [any MentionRecognizing]

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        self.recognizers = [LexiconRecognizer(lexicon: lexicon), ChunkRecognizer(lexicon: lexicon)]
    }

    func read(_ prepared: PreparedText, range: Range<Int>, date: String?) -> [ReadSentence] {
        let dates = DateRecognizer(lexicon: lexicon, documentDate: date)
        var result: [ReadSentence] = []
        for var sentence in Tokenizer.sentences(in: prepared.scalars, range: range) {
            lexicon.annotate(&sentence.tokens)
            var mentions = dates.mentions(in: sentence)
            for recognizer in recognizers {
                mentions += recognizer.mentions(in: sentence, existing: mentions, context: RecognitionContext())
            }
            mentions = Self.withoutInnerMentions(mentions)
            result.append(ReadSentence(sentence: sentence, mentions: mentions))
        }
        Self.resolvePeople(&result)
        return result
    }

    /// Mentions sorted, entities inside a longer entity dropped — except a
    /// country inside the organization it names ("the Pakistani army").
    static func withoutInnerMentions(_ mentions: [Mention]) -> [Mention] {
        // Sorting positions, not the mentions themselves, saves moving their strings.
        let order = mentions.indices.sorted {
            (mentions[$0].start, mentions[$1].end) < (mentions[$1].start, mentions[$0].end)
        }
        var kept: [Mention] = []
        kept.reserveCapacity(mentions.count)
        var outer: Mention?
        for position in order {
            let mention = mentions[position]
            guard mention.isEntity else {
                kept.append(mention)
                continue
            }
            if let current = outer, mention.start >= current.start, mention.end <= current.end,
                current.end - current.start > mention.end - mention.start
            {
                let namesOrganization =
                    current.kind == .organization && mention.kind == .country
                    && current.start == mention.start && current.name.contains(mention.name)
                if namesOrganization { kept.append(mention) }
                continue
            }
            kept.append(mention)
            if outer == nil || mention.end > outer!.end { outer = mention }
        }
        return kept
    }

    /// Gives the kind a defining sentence found ("Villanova is a university")
    /// to the document's other guesses and lone words of that name
    /// ("Villanova offers …").
    @discardableResult
    static func resolveDefinedNames(_ sentences: inout [ReadSentence]) -> [String: Mention.Kind] {
        var defined: [String: Mention.Kind] = [:]
        for sentence in sentences {
            for mention in sentence.mentions where mention.isDefined && defined[mention.name] == nil {
                defined[mention.name] = mention.kind
            }
        }
        guard !defined.isEmpty else { return defined }
        for index in sentences.indices {
            for position in sentences[index].mentions.indices {
                let mention = sentences[index].mentions[position]
                guard mention.isGuess || mention.kind == .candidate, let kind = defined[mention.name] else { continue }
                sentences[index].mentions[position].kind = kind
                sentences[index].mentions[position].isGuess = true
            }
        }
        return defined
    }

    static func contains(_ longer: [String], _ shorter: [String]) -> Bool {
        longer.first == shorter.first && longer.last == shorter.last
    }
}
