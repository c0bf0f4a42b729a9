import Dossier
import DossierFormats
import DossierStore

/// The relations that facts files declare between names.
enum DeclaredRelations {
    /// Turns the names at the ends of declared relations into entities:
    /// those the build holds (by name or alias), else those the store holds.
    ///
    /// - Throws: ``GraphError/invalidQuery(_:)`` naming the file and line of
    ///   a relation whose name is found nowhere; the source is unchanged then.
    static func resolve(in source: inout BuildSource, store: GraphStore?) throws {
        guard source.facts.contains(where: { !$0.relations.isEmpty }) else { return }
        for (relation, origin) in try relations(of: source, store: store) {
            source.draft.add(relation)
            source.origins[relation.key] = origin
        }
    }

    /// Every declared relation with its ends resolved, and where it was declared.
    private static func relations(of source: BuildSource, store: GraphStore?) throws -> [(Relation, String)] {
        var byName: [String: EntityID] = [:]
        for entity in source.draft.entities.values {
            for name in [entity.name] + entity.aliases { byName[name.lowercased()] = entity.id }
        }
        func resolve(_ name: String, _ origin: String) throws -> EntityID {
            if let id = byName[name.lowercased()]
                ?? EntityID(rawValue: name).flatMap({ source.draft.entities[$0]?.id })
            {
                return id
            }
            if let store {
                do {
                    return try store.resolve(name).id
                } catch StoreError.lookup(.noSuchEntity) {
                } catch { throw error }
            }
            throw GraphError.invalidQuery(
                "\(origin): the relation names \"\(name)\", which is neither declared in the facts file, found in this build, "
                    + "nor in the store. Declare it under \"entities\", or correct the name. Nothing was written.")
        }
        return try source.facts.flatMap(\.relations).map { item in
            let relation = item.relation(
                from: try resolve(item.source, item.origin), to: try resolve(item.target, item.origin))
            return (relation, item.origin)
        }
    }
}
