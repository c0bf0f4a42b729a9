// MARK: - Steps that a filter allows

extension Graph {
    /// A filter turned into index form for one query.
    struct Traversal {
        let graph: Graph
        let filter: QueryFilter
        let avoided: Set<Int32>
        /// Entities always allowed whatever their kind: a path's ends, a neighbourhood's start.
        let ends: Set<Int32>

        init(graph: Graph, filter: QueryFilter, ends: Set<Int32>) {
            self.graph = graph
            self.filter = filter
            self.ends = ends
            self.avoided = Set(filter.avoiding.compactMap { graph.entityIndex[$0] }).subtracting(ends)
        }

        /// Whether `step` may be taken; `reversed` for a search that walks
        /// from a path's end back toward its start.
        func allows(_ step: Step, reversed: Bool = false) -> Bool {
            let kind = graph.relations[Int(step.relation)].kind
            guard filter.allows(kind, outgoing: step.isOutgoing != reversed) else { return false }
            return canEnter(step.neighbour)
        }

        /// Whether the entity at `index` may be reached.
        func canEnter(_ index: Int32) -> Bool {
            if ends.contains(index) { return true }
            if avoided.contains(index) { return false }
            let entity = graph.entities[Int(index)]
            guard filter.allows(entity.kind) else { return false }
            guard entity.kind == .event else { return true }
            switch filter.attribution {
            case .any: return true
            case .undisputed: return graph.attributionFlags[Int(index)] & 1 == 0
            case .sourced: return graph.attributionFlags[Int(index)] & 2 != 0
            }
        }
    }

    /// The index of `id`, or an error naming it.
    func requireIndex(_ id: EntityID) throws(GraphError) -> Int32 {
        guard let index = entityIndex[id] else {
            throw .noSuchEntity(name: id.rawValue, suggestions: [])
        }
        return index
    }

    // MARK: - Attribution

    /// Who reports, confirms and denies the event at `index`.
    func attribution(ofEvent index: Int32) -> Path.Dispute {
        var reported: [Entity] = []
        var confirmed: [Entity] = []
        var denied: [Entity] = []
        for step in steps(of: index) where !step.isOutgoing {
            let source = entities[Int(step.neighbour)]
            switch relations[Int(step.relation)].kind {
            case .reported: reported.append(source)
            case .confirmed: confirmed.append(source)
            case .denied: denied.append(source)
            default: break
            }
        }
        return Path.Dispute(
            event: entities[Int(index)].id, reportedBy: reported, confirmedBy: confirmed, deniedBy: denied)
    }

    /// Whether someone denies the entity at `index`.
    public func isDisputed(_ id: EntityID) -> Bool {
        guard let index = entityIndex[id] else { return false }
        return attributionFlags[Int(index)] & 1 != 0
    }

    /// Claims about an event: who reports, confirms and denies it.
    /// - Complexity: O(*d*) for the event's degree *d*.
    public func attribution(of id: EntityID) -> Path.Dispute? {
        guard let index = entityIndex[id], entities[Int(index)].kind == .event else { return nil }
        return attribution(ofEvent: index)
    }

    /// A path step from `from` along `step`, with the event claims it touches.
    func pathStep(from: Int32, _ step: Step) -> Path.Step {
        let relation = relations[Int(step.relation)]
        let eventIndex: Int32? =
            entities[Int(step.neighbour)].kind == .event
            ? step.neighbour : entities[Int(from)].kind == .event ? from : nil
        return Path.Step(
            relation: relation, from: entities[Int(from)], to: entities[Int(step.neighbour)],
            isForward: step.isOutgoing, attribution: eventIndex.map { attribution(ofEvent: $0) })
    }

    /// The steps a filter allows, as a two-ended search reads them.
    struct AllowedSteps: NeighbourSource {
        let traversal: Traversal

        /// The entity's steps, allowed or not: a bound on the visits.
        func expansionCost(of node: Int32, on side: SearchSide) -> Int {
            traversal.graph.steps(of: node).count
        }

        func forEachNeighbour(of node: Int32, on side: SearchSide, _ visit: (Int32, Step) -> Bool) {
            for step in traversal.graph.steps(of: node) where traversal.allows(step, reversed: side == .backward) {
                if visit(step.neighbour, step) { return }
            }
        }
    }

    /// A path from a start and a list of (from, step) hops.
    func makePath(start: Int32, hops: [(Int32, Step)]) -> Path {
        Path(start: entities[Int(start)], steps: hops.map { pathStep(from: $0.0, $0.1) })
    }
}
