import Dossier

/// "Ana Ruiz, a former surgeon at Mercy Hospital", "Tom Lee, a spokesman
/// for Delta Air Lines", "Eva Berg, the chief engineer with Volvo": a
/// person, then an article, a few lower-case words naming what they do, and
/// "at", "for" or "with" before an organization (or "of" after a word of
/// `member-roles`: "a senior official of the National Umma Party"), makes
/// them its member. A few lower-case words may say what the body is ("with
/// the human rights group X").
struct RoleAppositive: RelationRule {
    var name: String { "role-appositive" }
    var anchor: RelationAnchor { .entity(.person) }
    /// The most lower-case words between the article and the preposition.
    static let reach = 4

    func facts(at position: Int, in sentence: SentenceView) -> [FactRecord] {
        let units = sentence.units
        let tokens = sentence.tokens
        let unit = units[position]
        guard case .entity(let key, false) = unit.kind, key.kind == .person, unit.end + 3 < tokens.count,
            tokens[unit.end].text == ",",
            Grammar.articles.contains(tokens[unit.end + 1].lower)
        else { return [] }
        var cursor = unit.end + 2
        let wordsStart = cursor
        while cursor < tokens.count, cursor - wordsStart < Self.reach, Self.isRoleWord(tokens[cursor]),
            !Grammar.rolePrepositions.contains(tokens[cursor].lower), tokens[cursor].lower != "of"
        {
            cursor += 1
        }
        // "a senior official of the party": "of" after a word for someone who works for a body.
        let ofRole =
            cursor > wordsStart && cursor < tokens.count && tokens[cursor].lower == "of"
            && sentence.words.memberRoles.contains(tokens[cursor - 1].lower)
        guard cursor > wordsStart, cursor < tokens.count,
            Grammar.rolePrepositions.contains(tokens[cursor].lower) || ofRole
        else { return [] }
        cursor += 1
        if cursor < tokens.count, tokens[cursor].lower == "the" {
            cursor += 1
            // "a lawyer with the human rights group Ain o Salish Kendra": what the body is, before its name.
            let described = cursor
            while cursor < tokens.count, cursor - described < Self.reach, Self.isRoleWord(tokens[cursor]),
                !Grammar.rolePrepositions.contains(tokens[cursor].lower), tokens[cursor].lower != "of"
            {
                cursor += 1
            }
        }
        // The organization's unit starts there (a title the role words make may come between in the list).
        guard let next = units[(position + 1)...].first(where: { $0.start >= cursor }), next.start == cursor,
            case .entity(let organization, false) = next.kind, organization.kind == .organization
        else { return [] }
        return [FactRecord(.memberOf, key, organization, in: sentence)]
    }

    /// A lower-case word of a role: letters and hyphens, not a word that
    /// ends a description ("who", "which", "and").
    static func isRoleWord(_ token: Token) -> Bool {
        guard token.isWord, !token.isCapitalized, !Grammar.descriptionEnds.contains(token.lower), token.lower != "or"
        else { return false }
        return token.text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" }
    }
}
