/// A part of a graph: some entities, the relations among them that a query
/// used, and each entity's distance from where the query started.
public struct Subgraph: Hashable, Sendable {
    /// The entities the query started from.
    public let start: [EntityID]
    /// The entities, sorted by id.
    public let entities: [Entity]
    /// The relations used, sorted by id, each with its evidence.
    public let relations: [Relation]
    /// Steps from the start to each entity.
    public let distances: [EntityID: Int]

    /// Makes a subgraph.
    public init(start: [EntityID], entities: [Entity], relations: [Relation], distances: [EntityID: Int]) {
        self.start = start
        self.entities = entities.sorted { $0.id < $1.id }
        self.relations = relations.map { ($0.id, $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        self.distances = distances
    }
}
