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
    /// on a clash, as in ``Relation/merge(_:)``. A `basis` (the relation
    /// read from context or the lexicon) stays only while no statement
    /// states the relation in its own sentence.
    mutating func add(_ relation: Relation) {
        let key = relation.key
        guard let index = relations.index(forKey: key) else {
            relations[key] = relation
            order.append(key)
            return
        }
        // Most statements repeat a relation that has no basis: nothing to weigh, nothing to copy.
        let hadBasis = relations.values[index].attributes["basis"] != nil
        if hadBasis && relation.attributes["basis"] == nil { relations.values[index].attributes["basis"] = nil }
        for (name, value) in relation.attributes where relations.values[index].attributes[name] == nil {
            if name == "basis" && !hadBasis { continue }
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
