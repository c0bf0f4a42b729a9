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

    /// Joins the forms of each person's name within the document: a lone
    /// word or a shorter name becomes the longest name that has it as its
    /// last (or first) word, or that starts and ends alike.
    static func resolvePeople(_ sentences: inout [ReadSentence]) {
        let defined = resolveDefinedNames(&sentences)
        var fullNames: [[String]] = []
        var seen: Set<[String]> = []
        for sentence in sentences {
            for mention in sentence.mentions where mention.kind == .person && mention.name.utf8.contains(0x20) {
                let words = mention.name.split(separator: " ").map(String.init)
                if words.count >= 2 && seen.insert(words).inserted { fullNames.append(words) }
            }
        }
        fullNames.sort { $0.count > $1.count }
        // The full names by their last and by their first word, longest first.
        var byLastWord: [String: [[String]]] = [:]
        var byFirstWord: [String: [[String]]] = [:]
        for words in fullNames {
            byLastWord[words[words.count - 1], default: []].append(words)
            byFirstWord[words[0], default: []].append(words)
        }
        func longest(for words: [String], byFirstWord useFirst: Bool) -> String? {
            if words.count == 1 {
                let byLast = byLastWord[words[0]] ?? []
                // The names are distinct, so one of them, or several that share first and last words.
                if byLast.count >= 1, byLast.count == 1 || byLast.allSatisfy({ contains($0, byLast[0]) }) {
                    return byLast[0].joined(separator: " ")
                }
                guard useFirst else { return nil }
                let byFirst = byFirstWord[words[0]] ?? []
                if byFirst.count == 1 { return byFirst[0].joined(separator: " ") }
                guard byFirst.isEmpty, words[0].first?.isUppercase ?? false else { return nil }
                // A name used from the middle of a longer one: "Lula" for "Luiz Inacio Lula da Silva".
                let byInner = fullNames.filter { $0.count >= 3 && $0[1..<($0.count - 1)].contains(words[0]) }
                return byInner.count == 1 ? byInner[0].joined(separator: " ") : nil
            }
            guard let first = words.first else { return nil }
            if let longer = byFirstWord[first]?.first(where: {
                $0.count > words.count && $0.last == words.last
            }) {
                return longer.joined(separator: " ")
            }
            // The end of one longer name: "Lopez Obrador" for "Andres Manuel Lopez Obrador".
            let bySuffix = (byLastWord[words[words.count - 1]] ?? []).filter {
                $0.count > words.count && $0.suffix(words.count).elementsEqual(words)
            }
            return bySuffix.count == 1 ? bySuffix[0].joined(separator: " ") : nil
        }
        var answers: [String: String?] = [:]
        for index in sentences.indices {
            for position in sentences[index].mentions.indices {
                let mention = sentences[index].mentions[position]
                let guessedWord = mention.isGuess && mention.end - mention.start == 1
                guard mention.kind == .person || mention.kind == .candidate || guessedWord else { continue }
                // A name the article defines as something else keeps that kind ("Goodooga is a village").
                if let kind = defined[mention.name], kind != .person { continue }
                guard !fullNames.isEmpty else { continue }
                // A word guessed to be a place or organization may be a surname, not a first name.
                let useFirst = mention.kind == .person || mention.kind == .candidate
                let question = useFirst ? mention.name : "\u{1}" + mention.name
                let answer: String?
                if let known = answers[question] {
                    answer = known
                } else {
                    answer = longest(for: mention.name.split(separator: " ").map(String.init), byFirstWord: useFirst)
                    answers[question] = .some(answer)
                }
                if let name = answer {
                    sentences[index].mentions[position].kind = .person
                    sentences[index].mentions[position].name = name
                }
            }
            sentences[index].mentions.removeAll { $0.kind == .candidate }
        }
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

    private static func contains(_ longer: [String], _ shorter: [String]) -> Bool {
        longer.first == shorter.first && longer.last == shorter.last
    }
}
