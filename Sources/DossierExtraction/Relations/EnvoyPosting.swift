import Dossier

/// "Ukraine's ambassador to Poland", "India's High Commissioner in Dhaka":
/// an envoy's office of one country (a title of `envoy-titles`), then "to"
/// a second country or "in" a place of it, gives the two countries
/// relations.
struct EnvoyPosting: RelationRule {
    /// The kind of entity after "to" or "in": a country or a place.
    let kind: EntityKind

    var name: String { kind == .country ? "envoy-to-country" : "envoy-in-place" }
    var anchor: RelationAnchor { .entity(kind) }

    func facts(at position: Int, in sentence: SentenceView) -> [FactRecord] {
        let units = sentence.units
        let tokens = sentence.tokens
        let unit = units[position]
        guard case .entity(let key, false) = unit.kind, key.kind == kind, unit.start >= 2,
            tokens[unit.start - 1].lower == (kind == .country ? "to" : "in"),
            let office = units[..<position].last(where: { $0.end == unit.start - 1 }),
            case .office(let envoy) = office.kind, case .country(let sending) = envoy.qualifier,
            sentence.words.envoyTitles.contains(envoy.title.lowercased())
        else { return [] }
        let receiving =
            kind == .country ? key.name : sentence.analyzer.lexicon.countryOfPlace[key.name]
        guard let receiving, receiving != sending else { return [] }
        return [
            FactRecord(
                .relationsWith, EntityKey(kind: .country, name: sending), EntityKey(kind: .country, name: receiving),
                in: sentence)
        ]
    }
}
