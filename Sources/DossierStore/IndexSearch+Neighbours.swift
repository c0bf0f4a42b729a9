import Dossier

// MARK: - The store's relation indexes as a neighbour source

extension IndexSearch: NeighbourSource {
    /// Every edge the query's filter allows out of `node` (backward: into it),
    /// read from the relation indexes, until `visit` returns `true`.
    mutating func forEachNeighbour(of node: Int64, on side: SearchSide, _ visit: (Int64, Edge) -> Bool) throws {
        for edge in try edges(of: node) where try allows(edge, reversed: side == .backward) {
            if visit(edge.neighbour, edge) { return }
        }
    }
}
