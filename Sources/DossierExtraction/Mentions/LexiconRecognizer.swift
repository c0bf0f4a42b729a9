import Foundation

/// Finds countries, demonyms, places, organizations, offices, cues, event
/// triggers, honorifics and pronouns by the lexicon, longest phrase first.
struct LexiconRecognizer: MentionRecognizing {
    let lexicon: Lexicon

    func mentions(in sentence: Sentence, existing: [Mention], context: RecognitionContext) -> [Mention] {
        let tokens = sentence.tokens
        var found: [Mention] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard token.isWord else {
                index += 1
                continue
            }
            if token.lower.utf8.count <= 4, let first = token.lower.utf8.first, first == 0x68 || first == 0x73,
                Grammar.pronouns.contains(token.lower)
            {
                found.append(
                    Mention(kind: .pronoun, start: index, end: index + 1, name: token.lower, surface: token.text))
                index += 1
                continue
            }
            if let mention = bestMatch(tokens, at: index) {
                widen(mention, tokens, into: &found)
                index = found[found.count - 1].end
                continue
            }
            guard token.isCapitalized else {
                index += 1
                continue
            }
            if let honorific = honorific(at: index, tokens) {
                found.append(honorific)
                index = honorific.end
                continue
            }
            index += 1
        }
        return found
    }

    /// A lexicon match with what widens it: a country and a cue after it
    /// make an organization ("the Pakistani army"; the country is kept
    /// too, first), and "the United States" takes its article into the span.
    @inline(__always)
    private func widen(_ match: consuming Mention, _ tokens: [Token], into found: inout [Mention]) {
        var mention = match
        if mention.kind == .country, mention.end < tokens.count,
            let (length, senses) = lexicon.matches(tokens, from: mention.end).first,
            case .organizationCue(let pattern)? = senses.first(where: {
                if case .organizationCue = $0 { true } else { false }
            })
        {
            let end = mention.end + length
            let surface = ChunkRecognizer.name(tokens[mention.start..<end])
            let name =
                pattern.hasPrefix("{country}")
                ? mention.name + pattern.dropFirst("{country}".count)
                : Self.fill(pattern, with: mention.name)
            found.append(mention)
            mention = Mention(kind: .organization, start: mention.start, end: end, name: name, surface: surface)
            mention.isDemonym = false
        }
        if mention.kind == .country, !mention.isDemonym, mention.start > 0,
            tokens[mention.start - 1].lower == "the",
            mention.end == tokens.count || !tokens[mention.end].isCapitalized,
            let last = tokens[mention.end - 1].lower.split(separator: " ").last,
            Grammar.takesArticle.contains(String(last))
        {
            // "the United States": the span takes the article in; the name and surface do not.
            mention.start -= 1
        }
        found.append(mention)
    }

    /// An honorific ("Dr.", "Gen") before a capitalized word.
    @inline(__always)
    private func honorific(at index: Int, _ tokens: [Token]) -> Mention? {
        let token = tokens[index]
        let bare = token.lower.hasSuffix(".") ? String(token.lower.dropLast()) : token.lower
        guard lexicon.honorifics.contains(bare), index + 1 < tokens.count,
            tokens[index + 1].isCapitalized || tokens[index + 1].text == "."
        else { return nil }
        var end = index + 1
        if tokens[end].text == "." && tokens[end].start == token.end { end += 1 }
        guard end < tokens.count && tokens[end].isCapitalized else { return nil }
        return Mention(kind: .honorific, start: index, end: end, name: bare, surface: token.text)
    }

    /// The longest lexicon phrase at `index` whose sense fits its casing.
    private func bestMatch(_ tokens: [Token], at index: Int) -> Mention? {
        for (length, senses) in lexicon.matches(tokens, from: index) {
            let end = index + length
            var surface: String {
                length == 1 ? tokens[index].text : ChunkRecognizer.name(tokens[index..<end])
            }
            let capitalized = tokens[index].isCapitalized
            let ranked = senses.count == 1 ? senses : senses.sorted { Self.rank($0) < Self.rank($1) }
            for sense in ranked {
                switch sense {
                case .organization(let name) where capitalized:
                    return Mention(kind: .organization, start: index, end: end, name: name, surface: surface)
                case .country(let name) where capitalized:
                    return Mention(kind: .country, start: index, end: end, name: name, surface: surface)
                case .place(let name) where capitalized:
                    return Mention(kind: .place, start: index, end: end, name: name, surface: surface)
                case .demonym(let name) where capitalized:
                    var mention = Mention(
                        kind: .country, start: index, end: end, name: name, surface: surface, isDemonym: true)
                    mention.isLanguage = Self.namesLanguage(tokens, start: index, end: end)
                    return mention
                case .person(let name) where capitalized:
                    return Mention(kind: .person, start: index, end: end, name: name, surface: surface)
                case .office(let title, let role):
                    return Mention(kind: .office(role: role), start: index, end: end, name: title, surface: surface)
                case .organizationCue(let pattern):
                    return Mention(
                        kind: .organizationCue(pattern: pattern), start: index, end: end, name: pattern,
                        surface: surface)
                case .trigger(let kind):
                    return Mention(kind: .trigger(kind), start: index, end: end, name: kind.rawValue, surface: surface)
                default:
                    continue
                }
            }
        }
        return nil
    }

    /// The pattern with its first "{country}" replaced by the name
    /// ("Bank of {country}" → "Bank of Japan"); byte by byte, as the
    /// general string searches cost far more than the match they find.
    static func fill(_ pattern: String, with name: String) -> String {
        let marker = Array("{country}".utf8)
        let bytes = Array(pattern.utf8)
        guard bytes.count >= marker.count else { return pattern }
        for start in 0...(bytes.count - marker.count) where bytes[start..<start + marker.count].elementsEqual(marker) {
            return String(decoding: bytes[..<start], as: UTF8.self) + name
                + String(decoding: bytes[(start + marker.count)...], as: UTF8.self)
        }
        return pattern
    }

    /// Whether a demonym names a language here, not a country: "written in
    /// Spanish.", "(Arabic: …)", "in Urdu and English".
    static func namesLanguage(_ tokens: [Token], start: Int, end: Int) -> Bool {
        let next = end < tokens.count ? tokens[end] : nil
        if let next, next.text == ":" { return true }
        guard start > 0, ["in", "into", "from", "speak", "speaks", "spoke", "spoken"].contains(tokens[start - 1].lower)
        else { return false }
        guard let next else { return true }
        return !next.isWord || ["and", "or"].contains(next.lower)
    }

    private static func rank(_ sense: Lexicon.Sense) -> Int {
        switch sense {
        case .organization: 0
        case .country: 1
        case .place: 2
        case .demonym: 3
        case .person: 4
        case .office: 5
        case .organizationCue: 6
        case .trigger: 7
        case .month, .weekday: 8
        }
    }
}
