import Dossier

/// Relations gathered during assembly, each key's evidence kept unsorted
/// until the end and then merged once: a relation that thousands of
/// articles state ("Lima is in Peru") would otherwise be re-sorted on every
/// statement.
struct RelationCollector {
    private var relations: [RelationKey: Relation] = [:]
    private var order: [RelationKey] = []
    private var pending: [RelationKey: [Evidence]] = [:]

    /// Adds a statement of a relation, merging attributes as
    /// ``Relation/mergedAttributes(_:_:)`` does: the first statement's win
    /// on a clash, and a `basis` (the relation read from context or the
    /// lexicon) stays only while no statement states the relation outright.
    mutating func add(_ relation: Relation) {
        let key = relation.key
        guard let index = relations.index(forKey: key) else {
            relations[key] = relation
            order.append(key)
            return
        }
        // Most statements repeat a relation without attributes: nothing to weigh, nothing to copy.
        let current = relations.values[index].attributes
        if !current.isEmpty || !relation.attributes.isEmpty {
            relations.values[index].attributes = Relation.mergedAttributes(current, relation.attributes)
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
