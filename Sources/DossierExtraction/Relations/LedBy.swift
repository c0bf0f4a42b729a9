import Dossier

/// "The CGT-Cheminots union, led by Sylvie Marchand,": the person who
/// leads an organization named just before is its member. A lower-case
/// word may stand between the name and the comma ("union", "party").
struct LedBy: RelationRule {
    var name: String { "led-by" }
    var anchor: RelationAnchor { .entity(.person) }

    func facts(at position: Int, in sentence: SentenceView) -> [FactRecord] {
        let tokens = sentence.tokens
        let unit = sentence.units[position]
        guard case .entity(let person, _) = unit.kind, person.kind == .person, unit.start >= 4,
            tokens[unit.start - 1].lower == "by", Grammar.leadVerbs.contains(tokens[unit.start - 2].lower),
            tokens[unit.start - 3].text == ","
        else { return [] }
        let comma = unit.start - 3
        let organization = sentence.units[..<position].last { candidate in
            guard
                candidate.end == comma
                    || (candidate.end == comma - 1 && tokens[comma - 1].isWord && !tokens[comma - 1].isCapitalized)
            else { return false }
            return candidate.entity?.kind == .organization
        }
        guard let body = organization?.entity else { return [] }
        return [FactRecord(.memberOf, person, body, in: sentence)]
    }
}
