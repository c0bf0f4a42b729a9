/// Scratch space for many searches on one graph: arrays as large as the
/// graph, reset by stamping rather than clearing, so a query costs only what
/// it visits. For repeated questions in one process (an analyst's session,
/// a service); a single question can use the `Graph` methods directly.
///
/// Not safe to share between threads: make one per thread.
public final class GraphSearch {
    /// The graph searched.
    public let graph: Graph
    private var marks: StampedMarks
    private var search = BidirectionalSearch<Int32>()
    private var frontier: [Int32] = []
    private var next: [Int32] = []

    /// Scratch space for `graph`.
    /// - Complexity: O(*n*) memory, allocated once.
    public init(graph: Graph) {
        self.graph = graph
        marks = StampedMarks(count: graph.entityCount)
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
        return marks.distance(through: meeting)
    }

    /// Breadth-first from both ends; the entity where they meet on a shortest path.
    private func meet(_ start: Int32, _ goal: Int32) -> Int32? {
        var source = EverySteps(offsets: graph.stepOffsets, steps: graph.steps)
        return search.meeting(from: start, to: goal, in: &source, marks: &marks)
    }

    private func path(start: Int32, meeting: Int32) -> Path {
        var hops: [(Int32, Graph.Step)] = []
        for (from, position) in BidirectionalSearch.chain(from: meeting, on: .forward, marks: marks).reversed() {
            let step = graph.steps[Int(position)]
            hops.append((from, step))
        }
        var node = meeting
        for (previous, position) in BidirectionalSearch.chain(from: meeting, on: .backward, marks: marks) {
            let step = graph.steps[Int(position)]
            hops.append((node, Graph.Step(neighbour: previous, relation: step.relation, isOutgoing: !step.isOutgoing)))
            node = previous
        }
        return graph.makePath(start: start, hops: hops)
    }

    /// How many entities lie within `depth` steps (the start included).
    /// - Complexity: O(*v* + *e*) for what lies within reach.
    public func neighbourhoodSize(of id: EntityID, depth: Int) -> Int {
        guard let start = graph.index(of: id) else { return 0 }
        marks.begin(start: start, goal: start)
        let offsets = graph.stepOffsets
        let steps = graph.steps
        frontier = [start]
        var count = 1
        var level = 0
        while !frontier.isEmpty && level < depth {
            next.removeAll(keepingCapacity: true)
            for node in frontier {
                for position in Int(offsets[Int(node)])..<Int(offsets[Int(node) + 1]) {
                    let neighbour = Int(steps[position].neighbour)
                    if marks.see(Int32(neighbour)) {
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
