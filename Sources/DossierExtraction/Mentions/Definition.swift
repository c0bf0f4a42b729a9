/// What a sentence of the form "X is a … NOUN" says X is: the first
/// sentence of an encyclopedia article and many in the news define their
/// subject so ("Leonessa is a town in Lazio", "Bajofondo is a music group",
/// "Endara was a Panamanian politician", "Cold Dawn is a 2005 film").
struct Definition: Sendable {
    /// What the subject is: a person, an organization, a place, or `nil`
    /// when the head noun names a work, a thing or an event.
    var kind: Mention.Kind?

    /// The definition that follows the name ending at `end`, if the name
    /// begins the sentence (after at most a leading "The") and a copula,
    /// an optional parenthesis and article lead to a head noun the lexicon
    /// knows.
    static func after(_ tokens: [Token], start: Int, end: Int, lexicon: Lexicon) -> Definition? {
        if end + 1 < tokens.count, tokens[end].text == ",", ["a", "an"].contains(tokens[end + 1].lower) {
            // An appositive anywhere: "Roche, a Swiss drug company, …".
            return head(tokens, from: end + 2, lexicon: lexicon)
        }
        guard var position = phraseStart(tokens, start: start, end: end, articles: Grammar.articlesOrOne) else {
            return nil
        }
        if position + 1 < tokens.count && tokens[position].lower == "of" && tokens[position + 1].lower == "the" {
            position += 2  // "one of the largest companies"
        }
        return head(tokens, from: position, lexicon: lexicon)
    }

    /// Where the describing phrase starts when the name `start..<end` opens
    /// the sentence (after at most a leading "The") and is followed by an
    /// optional parenthesis ("X (born 12 May 1950) is an actor"), a copula,
    /// adverbs and one of `articles`.
    static func phraseStart(_ tokens: [Token], start: Int, end: Int, articles: Set<String>) -> Int? {
        guard start == 0 || (start == 1 && tokens[0].lower == "the") else { return nil }
        var position = Token.end(ofBracketAt: end, in: tokens)
        if position < tokens.count && tokens[position].text == "," { position += 1 }
        guard position < tokens.count, Grammar.copulas.contains(tokens[position].lower) else { return nil }
        position += 1
        while position < tokens.count && Grammar.adverbs.contains(tokens[position].lower) { position += 1 }
        guard position < tokens.count, articles.contains(tokens[position].lower) else { return nil }
        return position + 1
    }

    /// The kind a category noun just before a name gives it: "the metal band
    /// Lord", "retailer Barnes & Noble", "the town of Leonessa" (places only
    /// with "of"). Nouns that often stand before other names ("government
    /// minister", "state senator") are left out.
    static func before(_ tokens: [Token], start: Int, lexicon: Lexicon) -> Mention.Kind? {
        guard start >= 1 else { return nil }
        var position = start - 1
        var viaOf = false
        if tokens[position].lower == "of", position >= 1 {
            viaOf = true
            position -= 1
        }
        let word = tokens[position].lower
        guard !tokens[position].isCapitalized, !lexicon.words.ambiguousBefore.contains(word),
            let found = category(word, lexicon), let kind = found
        else { return nil }
        if viaOf { return kind == .place && lexicon.categoryNouns[word] != nil ? .place : nil }
        return kind
    }

    /// Whether people of an organization stand before the name: "executives
    /// from Maersk", "analysts at Barclays", "a spokesman for Interpol",
    /// "the staff of the Kenya Wildlife Service".
    static func isStaffOf(_ tokens: [Token], start: Int, lexicon: Lexicon) -> Bool {
        var position = start - 1
        if position >= 0 && ["the", "a", "an"].contains(tokens[position].lower) { position -= 1 }
        guard position >= 1, ["from", "at", "of", "for"].contains(tokens[position].lower) else { return false }
        return lexicon.words.staffNouns.contains(tokens[position - 1].lower)
    }

    /// The head of the noun phrase starting at `position`, and its category.
    static func head(_ tokens: [Token], from position: Int, lexicon: Lexicon) -> Definition? {
        var head: Token?
        var index = position
        while index < tokens.count && index < position + 8 {
            let token = tokens[index]
            if Grammar.phraseEnds.contains(token.lower) { break }
            if let head, endsPhraseAfterHead(token.lower, head: head.lower, lexicon) { break }
            head = token
            index += 1
        }
        guard let head, !head.isCapitalized, let kind = category(head.lower, lexicon) else { return nil }
        return Definition(kind: kind)
    }

    /// Whether a word after a possible head ends the noun phrase: a function
    /// word that is no modifier ("a film about …"), or a participle after a
    /// category noun ("a band signed to …", "a river flowing …").
    private static func endsPhraseAfterHead(_ word: String, head: String, _ lexicon: Lexicon) -> Bool {
        if lexicon.functionWords.contains(word) { return !lexicon.words.modifiers.contains(word) }
        // A participle ends the phrase only after a known head: "a band signed to", not "a shipping company".
        return word.utf8.count > 4 && (word.hasSuffix("ed") || word.hasSuffix("ing")) && category(head, lexicon) != nil
    }

    static let pluralEndings = [("ies", "y"), ("es", ""), ("s", "")]

    /// The category of a head noun, singular or plural.
    static func category(_ word: String, _ lexicon: Lexicon) -> Mention.Kind?? {
        if let kind = lexicon.categoryNouns[word] { return kind }
        guard word.utf8.last == 0x73 else { return nil }  // only plurals in "s" are tried again
        for (suffix, replacement) in pluralEndings where word.hasSuffix(suffix) {
            if let kind = lexicon.categoryNouns[String(word.dropLast(suffix.count)) + replacement] { return kind }
        }
        return nil
    }
}
