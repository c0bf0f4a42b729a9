import Dossier

/// "Pakistan's ally Turkey": the two countries are allies.
struct PossessiveAlly: RelationRule {
    var name: String { "possessive-ally" }
    var anchor: RelationAnchor { .entity(.country) }

    func facts(at position: Int, in sentence: SentenceView) -> [FactRecord] {
        let units = sentence.units
        let unit = units[position]
        guard case .entity(let key, _) = unit.kind, key.kind == .country, unit.isPossessive,
            unit.end + 1 < sentence.tokens.count, sentence.word(at: unit.end + 1) == "ally",
            position + 1 < units.count, let ally = units[position + 1].entity, ally.kind == .country
        else { return [] }
        return [FactRecord(.alliedWith, key, ally, in: sentence)]
    }
}

/// "The United States, a treaty ally of the Philippines, said": a country
/// and the one it is "an ally of" (two describing words may stand before
/// "ally") are allies.
struct AppositiveAlly: RelationRule {
    var name: String { "appositive-ally" }
    var anchor: RelationAnchor { .entity(.country) }

    func facts(at position: Int, in sentence: SentenceView) -> [FactRecord] {
        let tokens = sentence.tokens
        let unit = sentence.units[position]
        guard case .entity(let key, _) = unit.kind, key.kind == .country, !unit.isDemonym,
            unit.end + 2 < tokens.count, tokens[unit.end].text == ",",
            Grammar.articles.contains(tokens[unit.end + 1].lower)
        else { return [] }
        var index = unit.end + 2
        while index < min(tokens.count, unit.end + 4), tokens[index].lower != "ally", tokens[index].isWord,
            !tokens[index].isCapitalized
        {
            index += 1
        }
        guard index + 1 < tokens.count, tokens[index].lower == "ally", tokens[index + 1].lower == "of",
            let other = sentence.units.first(where: { $0.start > index + 1 && $0.start <= index + 3 }),
            let ally = other.entity, ally.kind == .country, ally != key
        else { return [] }
        return [FactRecord(.alliedWith, key, ally, in: sentence)]
    }
}

/// "met her French counterpart Anne Dupont": the subject and the person
/// after "counterpart" are counterparts.
struct CounterpartRelation: RelationRule {
    var name: String { "counterpart" }
    var anchor: RelationAnchor { .entity(.person) }

    func facts(at position: Int, in sentence: SentenceView) -> [FactRecord] {
        let unit = sentence.units[position]
        guard case .entity(let key, _) = unit.kind, key.kind == .person,
            DocumentAnalyzer.counterpartWord(before: unit.start, sentence.tokens) != nil,
            let other = sentence.subject(before: unit.start, kinds: DocumentAnalyzer.personKind), other != key
        else { return [] }
        return [FactRecord(.counterpartOf, other, key, in: sentence)]
    }
}
