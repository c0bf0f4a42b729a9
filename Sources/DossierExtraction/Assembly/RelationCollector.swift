import Dossier

/// Relations gathered during assembly, each key's evidence kept unsorted
/// until the end and then merged once: a relation that thousands of
/// articles state ("Lima is in Peru") would otherwise be re-sorted on every
/// statement.
struct RelationCollector {
    private var relations: [RelationKey: Relation] = [:]
    private var order: [RelationKey] = []
    private var pending: [RelationKey: [Evidence]] = [:]

    /// Adds a statement of a relation; the first statement's attributes win
    /// on a clash, as in ``Relation/merge(_:)``.
    mutating func add(_ relation: Relation) {
        let key = relation.key
        guard let index = relations.index(forKey: key) else {
            relations[key] = relation
            order.append(key)
            return
        }
        for (name, value) in relation.attributes where relations.values[index].attributes[name] == nil {
            relations.values[index].attributes[name] = value
        }
        pending[key, default: []] += relation.evidence
    }

    /// Every relation with all its evidence, in the order first added.
    func relationsWithEvidence() -> [Relation] {
        order.map { key in
            var relation = relations[key]!
            if let extra = pending[key] { relation.addEvidence(extra) }
            return relation
        }
    }
}
