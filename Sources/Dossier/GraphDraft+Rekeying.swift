extension GraphDraft {
    /// Gives entities new ids: each key of `replacements` is removed, its
    /// replacement is added (merging with an entity that already has the new
    /// id), and every relation that touched it is re-pointed, merging with a
    /// relation that already has the new key. A relation whose two ends
    /// become one entity is dropped.
    ///
    /// - Returns: the new key of every relation whose key changed, so that
    ///   what a caller keeps by key can follow.
    /// - Complexity: O(*n* + *r*) for *n* entities and *r* relations, however
    ///   many are replaced.
    @discardableResult
    public mutating func replaceEntities(_ replacements: [EntityID: Entity]) -> [RelationKey: RelationKey?] {
        guard !replacements.isEmpty else { return [:] }
        for id in replacements.keys { entities[id] = nil }
        for entity in replacements.values { add(entity) }
        var moved: [RelationKey: RelationKey?] = [:]
        let touched = relations.values.filter {
            replacements[$0.source] != nil || replacements[$0.target] != nil
        }
        for relation in touched {
            removeRelation(relation.key)
            let source = replacements[relation.source]?.id ?? relation.source
            let target = replacements[relation.target]?.id ?? relation.target
            guard source != target else {
                moved[relation.key] = .some(nil)
                continue
            }
            let copy = Relation(
                kind: relation.kind, source: source, target: target, attributes: relation.attributes,
                evidence: relation.evidence)
            add(copy)
            moved[relation.key] = copy.key
        }
        return moved
    }
}
