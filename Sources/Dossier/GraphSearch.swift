/// Scratch space for many searches on one graph: arrays as large as the
/// graph, reset by stamping rather than clearing, so a query costs only what
/// it visits. For repeated questions in one process (an analyst's session,
/// a service); a single question can use the `Graph` methods directly.
///
/// Not safe to share between threads: make one per thread.
public final class GraphSearch {
    /// The graph searched.
    public let graph: Graph
    private var forwardStamp: [UInt32]
    private var backwardStamp: [UInt32]
    private var forwardVia: [Int32]
    private var backwardVia: [Int32]
    private var forwardFrom: [Int32]
    private var backwardFrom: [Int32]
    private var forwardDepth: [Int32]
    private var backwardDepth: [Int32]
    private var epoch: UInt32 = 0
    private var frontier: [Int32] = []
    private var next: [Int32] = []
    private var otherFrontier: [Int32] = []

    /// Scratch space for `graph`.
    /// - Complexity: O(*n*) memory, allocated once.
    public init(graph: Graph) {
        self.graph = graph
        let count = graph.entityCount
        forwardStamp = [UInt32](repeating: 0, count: count)
        backwardStamp = [UInt32](repeating: 0, count: count)
        forwardVia = [Int32](repeating: -1, count: count)
        backwardVia = [Int32](repeating: -1, count: count)
        forwardFrom = [Int32](repeating: -1, count: count)
        backwardFrom = [Int32](repeating: -1, count: count)
        forwardDepth = [Int32](repeating: 0, count: count)
        backwardDepth = [Int32](repeating: 0, count: count)
    }

    private func nextEpoch() {
        epoch &+= 1
        if epoch == 0 {
            for index in forwardStamp.indices {
                forwardStamp[index] = 0
                backwardStamp[index] = 0
            }
            epoch = 1
        }
    }

    /// A shortest path in either direction of every relation, or `nil`.
    /// Same answer length as ``Graph/shortestPath(from:to:filter:)`` without filters.
    /// - Complexity: O(*b*^(*d*/2)) for branching *b* and distance *d*; iterative.
    public func shortestPath(from source: EntityID, to target: EntityID) -> Path? {
        guard let start = graph.index(of: source), let goal = graph.index(of: target), start != goal,
            let meeting = meet(start, goal)
        else { return nil }
        return path(start: start, meeting: meeting)
    }

    /// The number of steps of a shortest path, or `nil`: the search alone,
    /// without building the path's entities and evidence.
    /// - Complexity: as ``shortestPath(from:to:)``.
    public func distance(from source: EntityID, to target: EntityID) -> Int? {
        guard let start = graph.index(of: source), let goal = graph.index(of: target) else { return nil }
        if start == goal { return 0 }
        guard let meeting = meet(start, goal) else { return nil }
        return Int(forwardDepth[Int(meeting)] + backwardDepth[Int(meeting)])
    }

    /// Breadth-first from both ends; the entity where they meet on a shortest path.
    private func meet(_ start: Int32, _ goal: Int32) -> Int32? {
        nextEpoch()
        let offsets = graph.stepOffsets
        let steps = graph.steps
        forwardStamp[Int(start)] = epoch
        forwardDepth[Int(start)] = 0
        forwardVia[Int(start)] = -1
        backwardStamp[Int(goal)] = epoch
        backwardDepth[Int(goal)] = 0
        backwardVia[Int(goal)] = -1
        frontier = [start]
        otherFrontier = [goal]
        var forwardSide = true
        while !frontier.isEmpty && !otherFrontier.isEmpty {
            forwardSide = frontier.count <= otherFrontier.count
            let current = forwardSide ? frontier : otherFrontier
            next.removeAll(keepingCapacity: true)
            for node in current {
                let low = Int(offsets[Int(node)])
                let high = Int(offsets[Int(node) + 1])
                var position = low
                while position < high {
                    let neighbour = Int(steps[position].neighbour)
                    if forwardSide {
                        if forwardStamp[neighbour] != epoch {
                            forwardStamp[neighbour] = epoch
                            forwardDepth[neighbour] = forwardDepth[Int(node)] + 1
                            forwardVia[neighbour] = Int32(position)
                            forwardFrom[neighbour] = node
                            next.append(Int32(neighbour))
                            // The first meeting is a shortest one: a node the other side reached
                            // earlier than its last level would have met this side a level ago.
                            if backwardStamp[neighbour] == epoch { return Int32(neighbour) }
                        }
                    } else if backwardStamp[neighbour] != epoch {
                        backwardStamp[neighbour] = epoch
                        backwardDepth[neighbour] = backwardDepth[Int(node)] + 1
                        backwardVia[neighbour] = Int32(position)
                        backwardFrom[neighbour] = node
                        next.append(Int32(neighbour))
                        if forwardStamp[neighbour] == epoch { return Int32(neighbour) }
                    }
                    position += 1
                }
            }
            if forwardSide { swap(&frontier, &next) } else { swap(&otherFrontier, &next) }
        }
        return nil
    }

    private func path(start: Int32, meeting: Int32) -> Path {
        var hops: [(Int32, Graph.Step)] = []
        var node = meeting
        while node != start {
            let step = graph.steps[Int(forwardVia[Int(node)])]
            hops.append(
                (
                    forwardFrom[Int(node)],
                    Graph.Step(neighbour: node, relation: step.relation, isOutgoing: step.isOutgoing)
                ))
            node = forwardFrom[Int(node)]
        }
        hops.reverse()
        node = meeting
        while backwardVia[Int(node)] >= 0 {
            let step = graph.steps[Int(backwardVia[Int(node)])]
            let previous = backwardFrom[Int(node)]
            hops.append((node, Graph.Step(neighbour: previous, relation: step.relation, isOutgoing: !step.isOutgoing)))
            node = previous
        }
        return graph.makePath(start: start, hops: hops)
    }

    /// How many entities lie within `depth` steps (the start included).
    /// - Complexity: O(*v* + *e*) for what lies within reach.
    public func neighbourhoodSize(of id: EntityID, depth: Int) -> Int {
        guard let start = graph.index(of: id) else { return 0 }
        nextEpoch()
        let offsets = graph.stepOffsets
        let steps = graph.steps
        forwardStamp[Int(start)] = epoch
        frontier = [start]
        var count = 1
        var level = 0
        while !frontier.isEmpty && level < depth {
            next.removeAll(keepingCapacity: true)
            for node in frontier {
                for position in Int(offsets[Int(node)])..<Int(offsets[Int(node) + 1]) {
                    let neighbour = Int(steps[position].neighbour)
                    if forwardStamp[neighbour] != epoch {
                        forwardStamp[neighbour] = epoch
                        next.append(Int32(neighbour))
                        count += 1
                    }
                }
            }
            swap(&frontier, &next)
            level += 1
        }
        return count
    }
}
