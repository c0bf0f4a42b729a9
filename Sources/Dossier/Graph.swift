/// An indexed, read-only graph in memory: entities and relations in id
/// order, dense integer indexes for them, and adjacency arrays in both
/// directions.
///
/// Queries (``neighbours(of:depth:filter:)``, ``shortestPath(from:to:filter:)`` and
/// the rest) live in extensions and work on the integer indexes, so no
/// look-up is ever linear.
public struct Graph: Sendable {
    /// One step from an entity: the relation taken and the entity reached.
    public struct Step: Hashable, Sendable {
        /// Index of the entity reached, into ``Graph/entities``.
        public let neighbour: Int32
        /// Index of the relation taken, into ``Graph/relations``.
        public let relation: Int32
        /// Whether the relation goes from the entity to the neighbour.
        public let isOutgoing: Bool
    }

    /// The entities, sorted by id; an entity's index is its place here.
    public let entities: [Entity]
    /// The relations, sorted by id; a relation's index is its place here.
    public let relations: [Relation]
    /// The documents that the evidence names, by id.
    public let documents: [DocumentID: Document]

    let entityIndex: [EntityID: Int32]
    let relationSources: [Int32]
    let relationTargets: [Int32]
    /// `stepOffsets[i]..<stepOffsets[i + 1]` are entity `i`'s steps in `steps`.
    let stepOffsets: [Int32]
    let steps: [Step]
    /// For each entity: bit 0 set when someone denies it, bit 1 when a
    /// source reports or confirms it (meaningful for events).
    let attributionFlags: [UInt8]

    /// Builds the graph of a draft.
    ///
    /// - Throws: ``GraphError/danglingRelation(relation:missing:)`` when a
    ///   relation names an entity the draft does not hold.
    /// - Complexity: O(*n* log *n* + *m* log *m*) for *n* entities and *m* relations.
    public init(_ draft: GraphDraft) throws(GraphError) {
        try self.init(
            entities: draft.sortedEntities, relations: draft.sortedRelations, documents: draft.documents)
    }

    /// Builds the graph of entities and relations already sorted by id.
    ///
    /// - Throws: ``GraphError/danglingRelation(relation:missing:)`` when a
    ///   relation names an entity that is not among `entities`.
    /// - Complexity: O(*n* + *m*).
    public init(
        entities: [Entity], relations: [Relation], documents: [DocumentID: Document] = [:]
    )
        throws(GraphError)
    {
        self.entities = entities
        self.relations = relations
        self.documents = documents
        var index = [EntityID: Int32](minimumCapacity: entities.count)
        for (position, entity) in entities.enumerated() {
            index[entity.id] = Int32(position)
        }
        var sources = [Int32](repeating: 0, count: relations.count)
        var targets = [Int32](repeating: 0, count: relations.count)
        var degree = [Int32](repeating: 0, count: entities.count + 1)
        for (position, relation) in relations.enumerated() {
            guard let source = index[relation.source] else {
                throw .danglingRelation(relation: relation.id, missing: relation.source)
            }
            guard let target = index[relation.target] else {
                throw .danglingRelation(relation: relation.id, missing: relation.target)
            }
            sources[position] = source
            targets[position] = target
            degree[Int(source)] += 1
            if source != target { degree[Int(target)] += 1 }
        }
        var flags = [UInt8](repeating: 0, count: entities.count)
        for (position, relation) in relations.enumerated() {
            switch relation.kind {
            case .denied: flags[Int(targets[position])] |= 1
            case .reported, .confirmed: flags[Int(targets[position])] |= 2
            default: break
            }
        }
        var offsets = [Int32](repeating: 0, count: entities.count + 1)
        for position in 0..<entities.count {
            offsets[position + 1] = offsets[position] + degree[position]
        }
        var fill = offsets
        var steps = [Step](
            repeating: Step(neighbour: 0, relation: 0, isOutgoing: true), count: Int(offsets[entities.count]))
        for position in 0..<relations.count {
            let source = sources[position]
            let target = targets[position]
            steps[Int(fill[Int(source)])] = Step(neighbour: target, relation: Int32(position), isOutgoing: true)
            fill[Int(source)] += 1
            if source != target {
                steps[Int(fill[Int(target)])] = Step(
                    neighbour: source, relation: Int32(position), isOutgoing: false)
                fill[Int(target)] += 1
            }
        }
        self.entityIndex = index
        self.relationSources = sources
        self.relationTargets = targets
        self.stepOffsets = offsets
        self.steps = steps
        self.attributionFlags = flags
    }

    // MARK: - Look-ups

    /// The index of the entity with this id.
    /// - Complexity: O(1) on average.
    public func index(of id: EntityID) -> Int32? {
        entityIndex[id]
    }

    /// The entity with this id.
    /// - Complexity: O(1) on average.
    public func entity(_ id: EntityID) -> Entity? {
        entityIndex[id].map { entities[Int($0)] }
    }

    /// Every step from the entity at `index`, in either direction.
    /// - Complexity: O(1); the slice holds the entity's degree of steps.
    public func steps(of index: Int32) -> ArraySlice<Step> {
        steps[Int(stepOffsets[Int(index)])..<Int(stepOffsets[Int(index) + 1])]
    }

    /// The relations that start at the entity with this id, in id order.
    /// - Complexity: O(*d*) for the entity's degree *d*.
    public func relations(from id: EntityID) -> [Relation] {
        guard let index = entityIndex[id] else { return [] }
        return steps(of: index).filter(\.isOutgoing).map { relations[Int($0.relation)] }
    }

    /// The relations that end at the entity with this id, in id order.
    /// - Complexity: O(*d*) for the entity's degree *d*.
    public func relations(to id: EntityID) -> [Relation] {
        guard let index = entityIndex[id] else { return [] }
        return steps(of: index).map { relations[Int($0.relation)] }.filter { $0.target == id }
    }

    /// The number of entities.
    public var entityCount: Int { entities.count }
    /// The number of relations.
    public var relationCount: Int { relations.count }
}
