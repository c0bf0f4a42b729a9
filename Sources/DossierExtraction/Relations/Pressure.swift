import Dossier

/// "pressure from the US on Pakistan", "China pressured Nepal": who
/// pressures whom.
struct Pressure: RelationRule {
    var name: String { "pressure" }
    var anchor: RelationAnchor { .trigger(.pressure) }

    func facts(at position: Int, in sentence: SentenceView) -> [FactRecord] {
        let units = sentence.units
        let unit = units[position]
        guard case .trigger(.pressure, let surface) = unit.kind else { return [] }
        let actorKinds = DocumentAnalyzer.partyKinds
        let actorAfter = units.first {
            $0.start >= unit.end && ($0.entity.map { actorKinds.contains($0.kind) } ?? false)
        }?.entity
        if sentence.form(of: surface) == "pressure-noun" {
            // The noun: the actor after it, the target country before it.
            guard let actor = actorAfter,
                let target = units.first(where: {
                    $0.end <= unit.start && $0.entity?.kind == .country && $0.entity != actor
                })?.entity
            else { return [] }
            return [FactRecord(.pressured, actor, target, in: sentence)]
        }
        guard let actor = sentence.subject(before: unit.start, kinds: actorKinds), let target = actorAfter else {
            return []
        }
        return [FactRecord(.pressured, actor, target, in: sentence)]
    }
}
