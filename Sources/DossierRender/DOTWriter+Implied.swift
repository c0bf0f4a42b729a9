public import Dossier

// MARK: - Relations a drawing already says

extension DOTWriter {
    /// The relations of `subgraph` that are worth an edge: a citizenship read
    /// from an office (`basis: office`) is left out when the drawing has the
    /// person holding an office of that country or of one of its bodies,
    /// since the edges person → office → country (or → body → country)
    /// say it already and one more only crowds the picture.
    /// - Complexity: O(*e*) for the subgraph's relations.
    public static func drawnRelations(of subgraph: Subgraph) -> [Relation] {
        var officesHeld: [EntityID: Set<EntityID>] = [:]
        var bodies: [EntityID: Set<EntityID>] = [:]
        var larger: [EntityID: Set<EntityID>] = [:]
        for relation in subgraph.relations {
            switch relation.kind {
            case .holds: officesHeld[relation.source, default: []].insert(relation.target)
            case .officeOf: bodies[relation.source, default: []].insert(relation.target)
            case .partOf: larger[relation.source, default: []].insert(relation.target)
            default: break
            }
        }
        return subgraph.relations.filter { relation in
            guard relation.kind == .citizenOf, relation.attributes["basis"] == "office" else { return true }
            let said = (officesHeld[relation.source] ?? []).contains { office in
                (bodies[office] ?? []).contains {
                    $0 == relation.target || larger[$0]?.contains(relation.target) == true
                }
            }
            return !said
        }
    }
}
