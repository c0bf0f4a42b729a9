import Dossier
/// Finds names the lexicon does not know: runs of capitalized words, told
/// apart by cue words (Ministry, airport), honorifics and titles before
/// them, reporting contexts, the trained chunk classifier, and the rule that
/// an unknown run of two or more name-like words in news is a person.
struct ChunkRecognizer: MentionRecognizing {
    let lexicon: Lexicon

    static let connectors: Set<String> = [
        "of", "al", "bin", "ibn", "abu", "de", "la", "van", "von", "da", "ul", "el", "di", "du", "le", "del", "bint",
    ]

    func mentions(in sentence: Sentence, existing: [Mention], context: RecognitionContext) -> [Mention] {
        let tokens = sentence.tokens
        var covered = [Bool](repeating: false, count: tokens.count)
        var kindAt = [Mention?](repeating: nil, count: tokens.count)
        for mention in existing {
            for position in mention.start..<mention.end {
                covered[position] = true
                kindAt[position] = mention
            }
        }
        var found: [Mention] = []
        var index = 0
        while index < tokens.count {
            guard isNameWord(tokens[index], covered[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < tokens.count {
                if isNameWord(tokens[end], covered[end]) {
                    end += 1
                } else if Self.connectors.contains(tokens[end].lower), end + 1 < tokens.count,
                    isNameWord(tokens[end + 1], covered[end + 1]), !tokens[end].isCapitalized
                {
                    end += 2
                } else {
                    break
                }
            }
            var start = index
            while start < end && lexicon.functionWords.contains(tokens[start].lower) { start += 1 }
            if start < end, let mention = classify(tokens, start, end, kindAt: kindAt, context: context, sentence: sentence) {
                found.append(mention)
            }
            index = end
        }
        return found
    }

    private func isNameWord(_ token: Token, _ covered: Bool) -> Bool {
        guard !covered, token.isWord, token.isCapitalized else { return false }
        if token.isAllCaps && lexicon.isCommon(token.lower) { return false }
        if let first = token.text.unicodeScalars.first, Tokenizer.isDigit(first) { return false }
        let senses = lexicon.senses(of: token.lower)
        if senses.contains(where: { if case .month = $0 { true } else if case .weekday = $0 { true } else { false } }) {
            return false
        }
        return true
    }

    private func classify(
        _ tokens: [Token], _ start: Int, _ end: Int, kindAt: [Mention?], context: RecognitionContext, sentence: Sentence
    ) -> Mention? {
        let words = tokens[start..<end].map(\.text)
        let name = words.joined(separator: " ")
        let lowered = tokens[start..<end].map(\.lower)
        let previous = start > 0 ? kindAt[start - 1] : nil
        func mention(_ kind: Mention.Kind, _ text: String, _ from: Int, _ to: Int) -> Mention {
            Mention(kind: kind, start: from, end: to, name: text, surface: text)
        }
        if let previous, previous.kind == .honorific { return mention(.person, name, start, end) }
        if let cue = lexicon.nameCues[lowered.last!], end - start >= 2 || cue == .organization {
            return mention(cue == .place ? .place : .organization, name, start, end)
        }
        if end < tokens.count, let cue = lexicon.nameCues[tokens[end].lower], !tokens[end].isCapitalized {
            if cue == .place { return mention(.place, name + " " + tokens[end].text, start, end + 1) }
            if cue == .organization { return mention(.organization, name, start, end) }
        }
        if let previous, previous.kind == .country, !previous.isDemonym, previous.end == start, isSourceContext(tokens, start, end) {
            let joined = previous.surface + " " + name
            return Mention(kind: .organization, start: previous.start, end: end, name: joined, surface: joined)
        }
        if let classifier = lexicon.classifier,
            let predicted = classifier.predict(tokens: tokens, start: start, end: end, lexicon: lexicon)
        {
            switch predicted {
            case .person: return mention(.person, name, start, end)
            case .organization: return mention(.organization, name, start, end)
            case .place: return mention(.place, name, start, end)
            default: return nil
            }
        }
        if let previous, case .office = previous.kind, previous.end == start { return mention(.person, name, start, end) }
        if end - start == 1 {
            return Mention(kind: .candidate, start: start, end: end, name: name, surface: name)
        }
        let common = lowered.filter { lexicon.isCommon($0) }.count
        if common * 2 > lowered.count { return nil }
        if lowered.contains(where: { $0.contains("-") && hasCountryPart($0) }) { return nil }
        return mention(.person, name, start, end)
    }

    /// Whether the run is named as a source: "a report from X", "according
    /// to X", "X reported", "X newspaper".
    private func isSourceContext(_ tokens: [Token], _ start: Int, _ end: Int) -> Bool {
        if end < tokens.count && ["reported", "reports", "newspaper", "daily", "report", "said"].contains(tokens[end].lower) {
            return true
        }
        let before = tokens[max(0, start - 5)..<start].map(\.lower)
        return before.contains("from") && (before.contains("report") || before.contains("reports"))
            || before.contains("according")
    }

    private func hasCountryPart(_ word: String) -> Bool {
        word.split(separator: "-").contains { part in
            lexicon.senses(of: String(part)).contains { if case .country = $0 { true } else if case .demonym = $0 { true } else { false } }
        }
    }
}
