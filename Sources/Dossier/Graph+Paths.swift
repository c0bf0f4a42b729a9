// MARK: - Paths

extension Graph {
    /// The default most paths that ``paths(from:to:maxLength:limit:filter:)``
    /// and ``allShortestPaths(from:to:limit:filter:)`` return.
    public static let defaultPathLimit = 100

    /// How many steps a bounded path search may examine before it stops
    /// and says it was cut short.
    public static let pathWorkLimit = 5_000_000

    /// One shortest path between two entities, or `nil` when none is allowed.
    ///
    /// Breadth-first from both ends at once, a whole level at a time on the
    /// side with the smaller frontier.
    ///
    /// - Throws: ``GraphError/invalidQuery(_:)`` when both ends are the same
    ///   entity; ``GraphError/noSuchEntity(name:suggestions:)`` for an unknown id.
    /// - Complexity: O(*b*^(*d*/2)) for branching *b* and distance *d*, at
    ///   worst O(*n* + *m*); iterative.
    public func shortestPath(
        from source: EntityID, to target: EntityID, filter: QueryFilter = QueryFilter()
    )
        throws(GraphError) -> Path?
    {
        let (start, goal) = try ends(source, target)
        var steps = AllowedSteps(traversal: Traversal(graph: self, filter: filter, ends: [start, goal]))
        var marks = DictionarySearchMarks<Int32, Step>()
        var search = BidirectionalSearch<Int32>()
        guard let meeting = search.meeting(from: start, to: goal, in: &steps, marks: &marks) else { return nil }
        return joinedPath(start: start, meeting: meeting, marks: marks)
    }

    /// The path from `start` through `meeting` to the goal, from both search trees.
    func joinedPath<Marks: SearchMarks>(start: Int32, meeting: Int32, marks: Marks) -> Path
    where Marks.Node == Int32, Marks.Link == Step {
        var hops = BidirectionalSearch.chain(from: meeting, on: .forward, marks: marks).map { ($0.node, $0.link) }
        hops.reverse()
        var node = meeting
        for (next, step) in BidirectionalSearch.chain(from: meeting, on: .backward, marks: marks) {
            hops.append((node, reversedStep(step, from: next)))
            node = next
        }
        return makePath(start: start, hops: hops)
    }

    /// The step from `step.neighbour` back to `from` along the same relation.
    private func reversedStep(_ step: Step, from: Int32) -> Step {
        Step(neighbour: from, relation: step.relation, isOutgoing: !step.isOutgoing)
    }

    /// Every shortest path between two entities, up to `limit`.
    ///
    /// - Throws: as ``shortestPath(from:to:filter:)``.
    /// - Complexity: two breadth-first searches, O(*n* + *m*) at worst, then
    ///   O(*limit* · *d*) to list the paths.
    public func allShortestPaths(
        from source: EntityID, to target: EntityID, limit: Int = defaultPathLimit, filter: QueryFilter = QueryFilter()
    ) throws(GraphError) -> PathSearch {
        let (start, goal) = try ends(source, target)
        let traversal = Traversal(graph: self, filter: filter, ends: [start, goal])
        let fromStart = distances(from: start, traversal: traversal, reversed: false, stopAt: goal)
        guard let length = fromStart[goal] else { return PathSearch(paths: [], isTruncated: false) }
        let toGoal = distances(from: goal, traversal: traversal, reversed: true, maxDepth: length)
        var paths: [Path] = []
        var truncated = false
        var stack: [(node: Int32, hops: [(Int32, Step)])] = [(start, [])]
        while let (node, hops) = stack.popLast() {
            if node == goal {
                if paths.count == limit {
                    truncated = true
                    break
                }
                paths.append(makePath(start: start, hops: hops))
                continue
            }
            let depth = hops.count
            var children: [(Int32, [(Int32, Step)])] = []
            for step in steps(of: node) where traversal.allows(step) {
                guard fromStart[step.neighbour] == depth + 1, toGoal[step.neighbour] == length - depth - 1 else {
                    continue
                }
                children.append((step.neighbour, hops + [(node, step)]))
            }
            stack.append(contentsOf: children.reversed())
        }
        return PathSearch(paths: paths, isTruncated: truncated)
    }

    /// Simple paths (no entity twice) of at most `maxLength` steps, shortest
    /// first, up to `limit` of them.
    ///
    /// The search stops at `limit` paths or after examining
    /// ``pathWorkLimit`` steps, and then says it was cut short, so that a
    /// dense graph answers promptly.
    ///
    /// - Throws: as ``shortestPath(from:to:filter:)``, and
    ///   ``GraphError/invalidQuery(_:)`` for a length or limit below 1.
    /// - Complexity: O(min(paths, work limit)); a breadth-first search from
    ///   the end prunes every branch that cannot arrive in time.
    public func paths(
        from source: EntityID, to target: EntityID, maxLength: Int, limit: Int = defaultPathLimit,
        filter: QueryFilter = QueryFilter()
    ) throws(GraphError) -> PathSearch {
        guard maxLength >= 1 else {
            throw .invalidQuery("the maximum length must be at least 1 (it was \(maxLength)).")
        }
        guard limit >= 1 else { throw .invalidQuery("the limit must be at least 1 (it was \(limit)).") }
        let (start, goal) = try ends(source, target)
        let traversal = Traversal(graph: self, filter: filter, ends: [start, goal])
        let toGoal = distances(from: goal, traversal: traversal, reversed: true, maxDepth: maxLength)
        guard toGoal[start] != nil else { return PathSearch(paths: [], isTruncated: false) }
        var found: [Path] = []
        var truncated = false
        var work = 0
        // Iterative deepening: every path of one length before any longer
        // one, so that a limit keeps the shortest.
        search: for length in 1...maxLength {
            var onPath: Set<Int32> = [start]
            var hops: [(Int32, Step)] = []
            var cursors: [(node: Int32, next: Int)] = [(start, Int(stepOffsets[Int(start)]))]
            while let (node, next) = cursors.last {
                let end = Int(stepOffsets[Int(node) + 1])
                var position = next
                var advanced = false
                while position < end {
                    work += 1
                    if work > Self.pathWorkLimit {
                        truncated = true
                        break search
                    }
                    let step = steps[position]
                    position += 1
                    let neighbour = step.neighbour
                    guard !onPath.contains(neighbour), traversal.allows(step),
                        let remaining = toGoal[neighbour], hops.count + 1 + remaining <= length
                    else { continue }
                    if neighbour == goal {
                        guard hops.count + 1 == length else { continue }
                        if found.count == limit {
                            truncated = true
                            break search
                        }
                        found.append(makePath(start: start, hops: hops + [(node, step)]))
                        continue
                    }
                    cursors[cursors.count - 1].next = position
                    hops.append((node, step))
                    onPath.insert(neighbour)
                    cursors.append((neighbour, Int(stepOffsets[Int(neighbour)])))
                    advanced = true
                    break
                }
                if !advanced {
                    cursors.removeLast()
                    if let last = hops.popLast() { onPath.remove(last.1.neighbour) }
                }
            }
        }
        let ordered = found.enumerated().sorted { ($0.element.length, $0.offset) < ($1.element.length, $1.offset) }
        return PathSearch(paths: ordered.map(\.element), isTruncated: truncated)
    }

    // MARK: - Helpers

    private func ends(_ source: EntityID, _ target: EntityID) throws(GraphError) -> (Int32, Int32) {
        let start = try requireIndex(source)
        let goal = try requireIndex(target)
        guard start != goal else {
            throw .invalidQuery(
                "both ends are the same entity (\(entities[Int(start)].name)); name two different entities.")
        }
        return (start, goal)
    }

    /// Breadth-first distances from `origin`, walking relations backward when
    /// `reversed`; stops after the level that reaches `stopAt` or at `maxDepth`.
    func distances(
        from origin: Int32, traversal: Traversal, reversed: Bool, stopAt: Int32? = nil, maxDepth: Int = .max
    ) -> [Int32: Int] {
        var distance: [Int32: Int] = [origin: 0]
        var frontier = [origin]
        var level = 0
        while !frontier.isEmpty && level < maxDepth {
            if let stopAt, distance[stopAt] != nil { break }
            var next: [Int32] = []
            for node in frontier {
                if node != origin, let stopAt, node == stopAt { continue }
                for step in steps(of: node) where distance[step.neighbour] == nil {
                    guard traversal.allows(step, reversed: reversed) else { continue }
                    distance[step.neighbour] = level + 1
                    next.append(step.neighbour)
                }
            }
            frontier = next
            level += 1
        }
        return distance
    }
}
