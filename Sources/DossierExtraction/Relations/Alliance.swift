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
