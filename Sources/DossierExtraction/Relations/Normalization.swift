import Dossier

/// "Israel is normalising relations with Bahrain": each country of the
/// clause before the trigger has normalised relations with the country
/// after "with". A signed deal is an event, not normalised relations.
struct Normalization: RelationRule {
    var name: String { "normalization" }
    var anchor: RelationAnchor { .trigger(.agreement) }

    func facts(at position: Int, in sentence: SentenceView) -> [FactRecord] {
        let units = sentence.units
        let tokens = sentence.tokens
        let unit = units[position]
        guard case .trigger(.agreement, let surface) = unit.kind,
            sentence.form(of: surface) == "normalization",
            let withIndex = tokens[unit.end...].firstIndex(where: { $0.lower == "with" }),
            let partner = units.first(where: { $0.start > withIndex && $0.entity?.kind == .country })?.entity
        else { return [] }
        let clauseStart = tokens[..<unit.start].lastIndex { [";", ":"].contains($0.text) } ?? 0
        return units.compactMap { other in
            guard other.end <= unit.start, other.start >= clauseStart, !other.isDemonym, let country = other.entity,
                country.kind == .country, country != partner
            else { return nil }
            return FactRecord(.relationsWith, country, partner, ["status": "normalized"], in: sentence)
        }
    }
}
