// MARK: - Neighbourhoods

extension Graph {
    /// The entities within `depth` steps of an entity, and the relations
    /// that the steps used, each entity with its distance.
    ///
    /// The relations are every allowed relation from an entity closer than
    /// `depth` to another entity of the result.
    ///
    /// - Throws: ``GraphError/invalidQuery(_:)`` when `depth` is less than 1;
    ///   ``GraphError/noSuchEntity(name:suggestions:)`` for an unknown id.
    /// - Complexity: O(*v* + *e*) for the *v* entities and *e* relations
    ///   within reach; iterative, so any depth is safe.
    public func neighbours(
        of id: EntityID, depth: Int = 1, filter: QueryFilter = QueryFilter()
    ) throws(GraphError)
        -> Subgraph
    {
        guard depth >= 1 else { throw .invalidQuery("the depth must be at least 1 (it was \(depth)).") }
        let start = try requireIndex(id)
        let traversal = Traversal(graph: self, filter: filter, ends: [start])
        var distance: [Int32: Int] = [start: 0]
        var frontier = [start]
        var used = Set<Int32>()
        var level = 0
        while !frontier.isEmpty && level < depth {
            var next: [Int32] = []
            for node in frontier {
                for step in steps(of: node) where traversal.allows(step) {
                    used.insert(step.relation)
                    if distance[step.neighbour] == nil {
                        distance[step.neighbour] = level + 1
                        next.append(step.neighbour)
                    }
                }
            }
            frontier = next
            level += 1
        }
        return Subgraph(
            start: [id], entities: distance.keys.map { entities[Int($0)] },
            relations: used.sorted().map { relations[Int($0)] },
            distances: Dictionary(uniqueKeysWithValues: distance.map { (entities[Int($0.key)].id, $0.value) }))
    }

    /// The ego graph of an entity: every entity within `depth` steps and
    /// every allowed relation among them, including those between the
    /// outermost entities.
    ///
    /// - Throws: as ``neighbours(of:depth:filter:)``.
    /// - Complexity: O(*v* + *e*) for the entities and relations within reach.
    public func subgraph(
        around id: EntityID, depth: Int = 1, filter: QueryFilter = QueryFilter()
    ) throws(GraphError)
        -> Subgraph
    {
        let ball = try neighbours(of: id, depth: depth, filter: filter)
        let members = Set(ball.entities.compactMap { entityIndex[$0.id] })
        let traversal = Traversal(graph: self, filter: filter, ends: members)
        var used = Set<Int32>()
        for node in members {
            for step in steps(of: node) where members.contains(step.neighbour) && traversal.allows(step) {
                used.insert(step.relation)
            }
        }
        return Subgraph(
            start: [id], entities: ball.entities, relations: used.sorted().map { relations[Int($0)] },
            distances: ball.distances)
    }

    /// The part of the graph that a set of paths passes through, with the
    /// paths' ends as its start and distances from the first end.
    public func subgraph(of paths: [Path]) -> Subgraph {
        var members: [EntityID: Entity] = [:]
        var used: [String: Relation] = [:]
        var distances: [EntityID: Int] = [:]
        for path in paths {
            for (position, entity) in path.entities.enumerated() {
                members[entity.id] = entity
                distances[entity.id] = min(distances[entity.id] ?? position, position)
            }
            for step in path.steps { used[step.relation.id] = step.relation }
        }
        let start = paths.first.map { [$0.start.id, $0.end.id] } ?? []
        return Subgraph(
            start: start, entities: Array(members.values), relations: Array(used.values), distances: distances)
    }
}
