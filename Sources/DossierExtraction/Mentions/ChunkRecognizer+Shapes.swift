import Dossier

extension ChunkRecognizer {
    /// Whether a run names a sports team by the usual pattern: a place, then
    /// a plural ("Carolina Panthers", "Kansas City Chiefs", "Sydney Swans"),
    /// the plural no place word of its own ("Franklin Lakes", "Palm Springs").
    func isTeam(_ tokens: [Token], _ start: Int, _ end: Int, kindAt: Coverage) -> Bool {
        guard (2...4).contains(end - start) else { return false }
        let first = tokens[start]
        let isPlace: Bool
        if let known = kindAt[start], known.kind == .place || (known.kind == .country && !known.isDemonym) {
            isPlace = true
        } else {
            isPlace = lexicon.cityWords.contains(first.lower)
        }
        let last = tokens[end - 1]
        guard isPlace, last.isCapitalized, !last.isAllCaps, last.lower.hasSuffix("s"), !last.lower.hasSuffix("ss"),
            last.lower.utf8.count >= 4, lexicon.nameCues[last.lower] == nil, !lexicon.cityWords.contains(last.lower),
            kindAt[end - 1] == nil
        else { return false }
        let singular = String(last.lower.dropLast())
        if let category = lexicon.categoryNouns[singular], category == .place { return false }
        return !lexicon.words.pluralPlaceWords.contains(last.lower)
    }

    /// Whether a token is a possessive "'s" (straight or curly apostrophe).
    static func isPossessive(_ token: Token) -> Bool {
        token.lower == "'s" || token.lower == "\u{2019}s"
    }

    /// Where a name goes on to past the lower-case token at `end`, when it
    /// does: a possessive kept inside it (``keepsPossessive(_:at:)``), or
    /// "for" after an organization's cue word ("Party for Democracy",
    /// "Institute for Fiscal Studies") or "on" after a topic head
    /// ("Commission on Human Rights"), before another name word.
    func nameGoesOn(_ tokens: [Token], from start: Int, at end: Int, word: (Int) -> Bool) -> Int? {
        guard end > 0, end + 1 < tokens.count, tokens[end + 1].isCapitalized, word(end + 1) else { return nil }
        if keepsPossessive(tokens, at: end) { return end + 2 }
        if tokens[end].text == "for" || tokens[end].text == "on",
            lexicon.nameCues[tokens[end - 1].lower] == .organization,
            Lexicon.namesGoOn(after: tokens[end - 1].lower, preposition: tokens[end].text),
            !lexicon.isDateWord(tokens[end + 1])
        {
            return end + 2
        }
        if tokens[end].text == "and" { return andGoesOn(tokens, from: start, at: end, word: word) }
        return nil
    }

    /// Where a name goes on past "and": after an organization's cue and its
    /// "of" or "for" ("Ministry of Education and Research", "Party for
    /// Democracy and Peace"), or before the words that end in an
    /// organization's cue when the words before "and" have none ("Baltimore
    /// and Ohio Railroad Company", "Handel and Haydn Society").
    private func andGoesOn(_ tokens: [Token], from start: Int, at end: Int, word: (Int) -> Bool) -> Int? {
        var after = end + 1
        while after < tokens.count, word(after), tokens[after].isCapitalized, !tokens[after].isAllCaps { after += 1 }
        guard after > end + 1, after - end <= 4, !lexicon.isWeekday(tokens[end + 1]) else { return nil }
        let before = tokens[start..<end].map(\.lower)
        if lexicon.hasOrganizationCue(before, orLast: false) && !before.contains("and") { return end + 2 }
        let endsInCue = lexicon.nameCues[tokens[after - 1].lower] == .organization
        guard endsInCue, !before.contains(where: { lexicon.nameCues[$0] != nil || $0 == "and" }),
            !lexicon.givenNames.contains(before[0])
        else { return nil }
        return after
    }

    /// Whether the possessive at `end` stays inside the name when a
    /// capitalized word follows: a plural's bare apostrophe ("Workers'
    /// Party", "Veterans' Affairs") or an s-less plural's "'s" ("Lao
    /// People's Revolutionary Party"); a singular's "'s" ends the name.
    func keepsPossessive(_ tokens: [Token], at end: Int) -> Bool {
        guard end > 0, end + 1 < tokens.count, tokens[end + 1].isCapitalized else { return false }
        if tokens[end].text == "'" {
            return tokens[end].start == tokens[end - 1].end && tokens[end - 1].lower.hasSuffix("s")
        }
        return Self.isPossessive(tokens[end]) && lexicon.words.namePossessives.contains(tokens[end - 1].lower)
    }

    /// The words of a run as written: a space between tokens that had space
    /// between them, none before the full stop of an initial or a
    /// possessive ("People's").
    static func name(_ run: ArraySlice<Token>) -> String {
        var text = ""
        var previousEnd: Int?
        for token in run {
            let attaches = token.text == "." || token.text == "'" || isPossessive(token)
            if let previousEnd, !(attaches && token.start == previousEnd) {
                text += " "
            }
            text += token.text
            previousEnd = token.end
        }
        return text
    }

    /// Whether the run is named as a source: "a report from X", "according
    /// to X", "X reported", "X newspaper".
    func isSourceContext(_ tokens: [Token], _ start: Int, _ end: Int) -> Bool {
        if end < tokens.count
            && lexicon.words.sourceContextWords.contains(tokens[end].lower)
        {
            return true
        }
        let before = tokens[max(0, start - 5)..<start].map(\.lower)
        return before.contains("from") && (before.contains("report") || before.contains("reports"))
            || before.contains("according")
    }

    func hasCountryPart(_ word: String) -> Bool {
        word.split(separator: "-").contains { part in
            lexicon.senses(of: String(part)).contains {
                if case .country = $0 { true } else if case .demonym = $0 { true } else { false }
            }
        }
    }

    /// Whether a run that opens with a function word is an organization's
    /// name all the same: the word follows a lower-case word, so only the name
    /// capitalizes it, and the run ends with an organization's cue word.
    func opensOrganization(_ tokens: [Token], _ run: Range<Int>) -> Bool {
        guard run.count >= 3, run.lowerBound > 0, let first = tokens[run.lowerBound - 1].text.utf8.first,
            (0x61...0x7A).contains(first)
        else { return false }
        return lexicon.nameCues[tokens[run.upperBound - 1].lower] == .organization
    }
}
