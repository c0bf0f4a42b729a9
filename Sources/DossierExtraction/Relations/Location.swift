import Dossier

/// "the Turkish city of Istanbul": the place is in the demonym's country.
struct DemonymCity: RelationRule {
    var name: String { "demonym-city" }

    func facts(at position: Int, in sentence: SentenceView) -> [FactRecord] {
        let units = sentence.units
        let unit = units[position]
        guard case .entity(let key, true) = unit.kind, key.kind == .country, unit.end + 1 < sentence.tokens.count,
            sentence.word(at: unit.end) == "city", sentence.word(at: unit.end + 1) == "of", position + 1 < units.count,
            let place = units[position + 1].entity, place.kind == .place
        else { return [] }
        return [FactRecord(.locatedIn, place, key, in: sentence)]
    }
}
