import Dossier

/// Finds names the lexicon does not know: runs of capitalized words, told
/// apart by cue words (Ministry, airport), honorifics and titles before
/// them, reporting contexts, the trained chunk classifier, and the rule that
/// an unknown run of two or more name-like words in news is a person.
///
/// A class, so that each ``NameChunk`` holds it with one reference rather
/// than a copy of the whole lexicon.
final class ChunkRecognizer: MentionRecognizing {
    let lexicon: Lexicon

    /// A recognizer reading with `lexicon`.
    init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// How far the classifier's best class must lead to overrule the rules.
    static let confidentMargin: Float = 1.0
    /// How far "not a name" must lead before a run of several capitalized
    /// words is dropped.
    static let dropMargin: Float = 3.0

    func mentions(in sentence: Sentence, existing: [Mention], context: RecognitionContext) -> [Mention] {
        let tokens = sentence.tokens
        let kindAt = Coverage(existing, count: tokens.count)
        var covered = [Bool](repeating: false, count: tokens.count)
        var absorbable = [Bool](repeating: false, count: tokens.count)
        var afterTitle = [Bool](repeating: false, count: tokens.count)
        for mention in existing {
            let absorbs =
                Self.isAbsorbable(mention) || Self.isInsideName(mention, tokens: tokens, existing: kindAt)
                || Self.isCueInsideName(mention, tokens: tokens, existing: kindAt)
            for position in mention.start..<mention.end {
                covered[position] = true
                absorbable[position] = absorbs
            }
            var isTitle = mention.kind == .honorific
            if case .office = mention.kind { isTitle = true }
            if isTitle && mention.end < tokens.count { afterTitle[mention.end] = true }
        }
        return chunks(tokens, covered: covered, absorbable: absorbable, afterTitle: afterTitle)
            .compactMap { range in
                // "Delegates of TSPM" lost its common first word; the connector goes too.
                var start = range.lowerBound
                while start < range.upperBound - 1, Grammar.connectors.contains(tokens[start].lower),
                    !tokens[start].isCapitalized
                {
                    start += 1
                }
                return classify(
                    tokens, start, range.upperBound, kindAt: kindAt, context: context, sentence: sentence)
            }
    }

    /// Whether a run of capitalized words may take a lexicon name in: a
    /// country (not a demonym), a place, an organization ("Bank of Japan",
    /// "Liberal Democratic Party"). The run still needs a word of its own.
    static func isAbsorbable(_ mention: Mention) -> Bool {
        switch mention.kind {
        case .country: !mention.isDemonym
        case .place, .organization: true
        default: false
        }
    }

    /// Which earlier mention covers each token (the last one given, when
    /// several do), without copying a mention per token.
    struct Coverage {
        private let owner: [Int32]
        private let mentions: [Mention]

        init(_ mentions: [Mention], count: Int) {
            var owner = [Int32](repeating: -1, count: count)
            for (index, mention) in mentions.enumerated() {
                for position in mention.start..<mention.end { owner[position] = Int32(index) }
            }
            self.owner = owner
            self.mentions = mentions
        }

        subscript(_ position: Int) -> Mention? {
            owner[position] < 0 ? nil : mentions[Int(owner[position])]
        }
    }

    /// Runs of capitalized words not covered by earlier mentions, joined by
    /// name connectors (of, al, bin, van …), without leading function words.
    /// A run may take in a country or place the lexicon found beside it
    /// ("New England Conservatory", "Bank of Japan"), as long as it has a
    /// word of its own.
    ///
    /// A person's name does not take in "of" and the country after it
    /// ("President Ana Costa of Chile"): a run that starts after a title
    /// (`afterTitle`), or with a given name, stops before the "of".
    func chunks(
        _ tokens: [Token], covered: [Bool], absorbable: [Bool]? = nil, afterTitle: [Bool]? = nil
    )
        -> [Range<Int>]
    {
        let absorbable = absorbable ?? [Bool](repeating: false, count: tokens.count)
        let afterTitle = afterTitle ?? [Bool](repeating: false, count: tokens.count)
        func word(_ position: Int) -> Bool {
            if isNameWord(tokens[position], covered[position] && !absorbable[position]) { return true }
            // The full stop of an initial ("Edwin O. Reischauer") when the name goes on.
            if tokens[position].text == ".", position > 0, position + 1 < tokens.count,
                isInitial(tokens, position - 1), tokens[position].start == tokens[position - 1].end,
                tokens[position + 1].isCapitalized
            {
                return true
            }
            return isGivenMonth(tokens, position, covered)
        }
        var found: [Range<Int>] = []
        var index = 0
        while index < tokens.count {
            guard word(index) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < tokens.count {
                if word(end) {
                    end += 1
                } else if let next = nameGoesOn(tokens, from: index, at: end, word: word) {
                    end = next
                } else if let next = connectorEnd(tokens, from: end, word: word),
                    !(tokens[end].lower == "of" && absorbable[end + 1]
                        && (afterTitle[index] || looksLikePerson(tokens, index..<end)))
                {
                    // "Bank of Japan" takes its country in; "Amina Abbott of Austria" does not;
                    // "Ursula von der Leyen" keeps her particles.
                    end = next
                } else {
                    break
                }
            }
            var start = index
            // A leading function word goes, unless its possessive is in the name ("People's Army")
            // or it is capitalized inside a sentence before an organization's cue ("the ruling All
            // Progressives Congress").
            while start < end && lexicon.functionWords.contains(tokens[start].lower)
                && !(start + 1 < end && Self.isPossessive(tokens[start + 1]))
                && !(start == index && opensOrganization(tokens, start..<end))
            {
                start += 1
            }
            if start == 0 && end - start >= 3 && lexicon.isCommon(tokens[start].lower) { start += 1 }
            if start < end, (start..<end).contains(where: { !absorbable[$0] && tokens[$0].isCapitalized }) {
                found.append(start..<end)
            }
            index = end
        }
        return found
    }

    /// Whether a token is a name behind a lower-case particle and a hyphen:
    /// "al-Bashir", "el-Sisi", "bin-Talal".
    static func isParticleName(_ token: Token) -> Bool {
        // Read as bytes: this is asked of every lower-case word.
        let bytes = token.text.utf8
        guard bytes.count >= 4, let hyphen = bytes.prefix(5).firstIndex(of: 0x2D), hyphen != bytes.startIndex
        else { return false }
        let after = bytes.index(after: hyphen)
        guard after < bytes.endIndex, (0x41...0x5A).contains(bytes[after]) else { return false }
        return Grammar.connectors.contains(String(decoding: bytes[bytes.startIndex..<hyphen], as: UTF8.self))
    }

    /// Where a name goes on after the connectors at `start` ("of", "von
    /// der", "bin"): after the name word that follows them, if one does.
    func connectorEnd(_ tokens: [Token], from start: Int, word: (Int) -> Bool) -> Int? {
        var cursor = start
        // "University of the Philippines": "the" may follow "of" after an organization cue word.
        while cursor < tokens.count, cursor - start < 3, !tokens[cursor].isCapitalized,
            Grammar.connectors.contains(tokens[cursor].lower)
                || (tokens[cursor].lower == "the" && cursor == start + 1 && tokens[start].lower == "of"
                    && start > 0 && lexicon.nameCues[tokens[start - 1].lower] == .organization)
        {
            cursor += 1
        }
        guard cursor > start, cursor < tokens.count, word(cursor) else { return nil }
        return cursor + 1
    }

    /// Whether a run reads as a person's name by its words alone: two or
    /// three words, the first a given name, no connector and no cue word.
    func looksLikePerson(_ tokens: [Token], _ run: Range<Int>) -> Bool {
        guard (2...3).contains(run.count), lexicon.givenNames.contains(tokens[run.lowerBound].lower) else {
            return false
        }
        return !tokens[run].dropFirst().contains {
            Grammar.connectors.contains($0.lower) || lexicon.functionWords.contains($0.lower)
                || lexicon.nameCues[$0.lower] != nil
        }
    }

    /// Whether the token is an initial: one capital letter, with its full
    /// stop beside it or in the token ("O." as a tokenized corpus gives it).
    func isInitial(_ tokens: [Token], _ position: Int) -> Bool {
        let token = tokens[position]
        let bytes = token.text.utf8
        if bytes.count == 2, token.text.hasSuffix("."), let first = bytes.first, first >= 0x41 && first <= 0x5A {
            return true
        }
        guard bytes.count == 1, let first = bytes.first, first >= 0x41 && first <= 0x5A else { return false }
        return position + 1 < tokens.count && tokens[position + 1].text == "."
            && tokens[position + 1].start == token.end
    }

    /// A month that is also a given name ("Jan", "June", "April") and stands
    /// before a capitalized word that is no number and no date: "Jan Smuts".
    private func isGivenMonth(_ tokens: [Token], _ position: Int, _ covered: [Bool]) -> Bool {
        let token = tokens[position]
        guard token.isCapitalized, token.lexiconNode != -1, !covered[position], position + 1 < tokens.count,
            !covered[position + 1],
            DateRecognizer.isGivenName(
                token, before: position > 0 ? tokens[position - 1] : nil, after: tokens[position + 1], lexicon),
            isNameWord(tokens[position + 1], false)
        else { return false }
        return lexicon.senses(of: token).contains { if case .month = $0 { true } else { false } }
    }

    private func isNameWord(_ token: Token, _ covered: Bool) -> Bool {
        guard !covered, token.isWord, token.isCapitalized || Self.isParticleName(token) else { return false }
        if token.isAllCaps && lexicon.isCommon(token.lower) { return false }
        if let first = token.text.unicodeScalars.first, Tokenizer.isDigit(first) { return false }
        let senses = lexicon.senses(of: token)
        if senses.contains(where: { if case .month = $0 { true } else if case .weekday = $0 { true } else { false } }) {
            return false
        }
        return true
    }

    /// What the run `start..<end` is, by ``NameRules/standard``.
    private func classify(
        _ tokens: [Token], _ start: Int, _ end: Int, kindAt: Coverage, context: RecognitionContext, sentence: Sentence
    ) -> Mention? {
        let chunk = NameChunk(tokens: tokens, start: start, end: end, kindAt: kindAt, recognizer: self)
        switch NameRules.decide(chunk) {
        case .name(let mention): return mention
        case .candidate: return Mention(kind: .candidate, start: start, end: end, name: chunk.name, surface: chunk.name)
        case .notAName, .pass: return nil
        }
    }
}
