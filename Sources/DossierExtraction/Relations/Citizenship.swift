import Dossier

/// "his British passport", "He has a British passport": the owner of the
/// passport (a possessive pronoun, the subject, or a pronoun before) is a
/// citizen of the country.
struct PassportCitizenship: RelationRule {
    var name: String { "passport-citizenship" }
    var anchor: RelationAnchor { .entity(.country) }

    func facts(at position: Int, in sentence: SentenceView) -> [FactRecord] {
        let units = sentence.units
        let unit = units[position]
        guard case .entity(let key, true) = unit.kind, key.kind == .country, unit.end < sentence.tokens.count,
            sentence.word(at: unit.end) == "passport"
        else { return [] }
        var owner: EntityKey?
        if position > 0, case .pronoun(let person?) = units[position - 1].kind { owner = person }
        if owner == nil { owner = sentence.subject(before: unit.start, kinds: DocumentAnalyzer.personKind) }
        if owner == nil,
            let pronoun = units[..<position].first(where: { if case .pronoun = $0.kind { true } else { false } })
        {
            owner = pronoun.entity
        }
        guard let owner else { return [] }
        return [FactRecord(.citizenOf, owner, key, in: sentence)]
    }
}

/// "X, a British Pakistani businessman": each demonym of the appositive
/// makes the person a citizen of its country.
struct AppositiveCitizenship: RelationRule {
    var name: String { "appositive-citizenship" }
    var anchor: RelationAnchor { .entity(.person) }

    func facts(at position: Int, in sentence: SentenceView) -> [FactRecord] {
        let units = sentence.units
        let tokens = sentence.tokens
        let unit = units[position]
        guard case .entity(let key, _) = unit.kind, key.kind == .person, unit.end + 1 < tokens.count,
            tokens[unit.end].text == ",", ["a", "an"].contains(tokens[unit.end + 1].lower)
        else { return [] }
        var facts: [FactRecord] = []
        var cursor = position + 1
        var expected = unit.end + 2
        while cursor < units.count, units[cursor].start == expected, units[cursor].isDemonym,
            let country = units[cursor].entity
        {
            facts.append(FactRecord(.citizenOf, key, country, in: sentence))
            expected = units[cursor].end
            cursor += 1
        }
        return facts
    }
}
