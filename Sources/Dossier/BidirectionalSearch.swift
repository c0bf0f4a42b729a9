/// Which end of a two-ended search is moving: the one that left the path's
/// start (walking relations as they point) or the one that left its goal
/// (walking them backward).
public enum SearchSide: Int, Sendable {
    /// From the start, along relations.
    case forward
    /// From the goal, against relations.
    case backward

    /// The other end.
    public var other: SearchSide { self == .forward ? .backward : .forward }
}

/// Where a two-ended search finds an entity's neighbours: the in-memory
/// ``Graph`` or the store's relation indexes.
///
/// A source decides which steps a query allows (its filter); the search
/// decides where to go next. `Link` is whatever the source needs to name
/// the step later (a ``Graph/Step``, a position in the step array, a row).
public protocol NeighbourSource {
    /// An entity as the source numbers it.
    associatedtype Node: Hashable
    /// One step's name, kept so the path can be rebuilt.
    associatedtype Link
    /// What reading neighbours can fail with (`Never` in memory).
    associatedtype Failure: Error

    /// Calls `visit` with every neighbour that `node` may step to on `side`,
    /// in a stable order, until `visit` returns `true`.
    mutating func forEachNeighbour(
        of node: Node, on side: SearchSide, _ visit: (Node, Link) -> Bool
    ) throws(Failure)

    /// What expanding `node` on `side` costs, in neighbours to visit, or an
    /// estimate; the search grows the side whose frontier costs less. One
    /// per entity (the frontier's size) unless the source knows better.
    func expansionCost(of node: Node, on side: SearchSide) -> Int
}

extension NeighbourSource {
    /// One per entity: the frontier's size decides which side grows.
    public func expansionCost(of node: Node, on side: SearchSide) -> Int { 1 }
}

/// What a two-ended search has reached on each side, and from where.
///
/// ``DictionarySearchMarks`` suits one question; a long-lived searcher can
/// keep arrays as large as the graph and reset them by stamping
/// (``GraphSearch`` does).
public protocol SearchMarks {
    /// An entity as the source numbers it.
    associatedtype Node
    /// One step's name, as the source gives it.
    associatedtype Link

    /// Forgets the last search and marks each end as reached on its side.
    mutating func begin(start: Node, goal: Node)
    /// Whether `side` has reached `node`.
    func isReached(_ node: Node, on side: SearchSide) -> Bool
    /// Marks `node` reached on `side` by a step `link` from `parent`.
    mutating func reach(_ node: Node, on side: SearchSide, from parent: Node, via link: Link)
    /// The entity and step by which `side` first reached `node`; `nil` at that side's end.
    func parent(of node: Node, on side: SearchSide) -> (node: Node, link: Link)?
}

/// Search marks in dictionaries: memory in proportion to what one search visits.
public struct DictionarySearchMarks<Node: Hashable, Link>: SearchMarks {
    private var ends: [Node] = []
    private var parents: [[Node: (node: Node, link: Link)]] = [[:], [:]]

    /// Empty marks.
    public init() {}

    /// Forgets the last search and marks each end as reached on its side.
    public mutating func begin(start: Node, goal: Node) {
        ends = [start, goal]
        parents = [[:], [:]]
    }

    /// Whether `side` has reached `node`.
    public func isReached(_ node: Node, on side: SearchSide) -> Bool {
        ends[side.rawValue] == node || parents[side.rawValue][node] != nil
    }

    /// Marks `node` reached on `side` by a step `link` from `parent`.
    public mutating func reach(_ node: Node, on side: SearchSide, from parent: Node, via link: Link) {
        parents[side.rawValue][node] = (parent, link)
    }

    /// The entity and step by which `side` first reached `node`.
    public func parent(of node: Node, on side: SearchSide) -> (node: Node, link: Link)? {
        parents[side.rawValue][node]
    }
}

/// Breadth-first search from both ends at once, a whole level at a time on
/// the side whose frontier is cheaper to expand (fewer neighbours to visit,
/// by ``NeighbourSource/expansionCost(of:on:)``: a frontier that holds a hub
/// waits), stopping at the first entity both sides reach. The one shortest-path algorithm behind
/// ``Graph/shortestPath(from:to:filter:)``, ``GraphSearch`` and the store's
/// path query.
///
/// The first meeting lies on a shortest path: before the level that finds
/// it, the two reached sets were disjoint, so a shortest path is at least
/// one step longer than the two depths together, and the meeting's path is
/// no longer than that.
public struct BidirectionalSearch<Node: Hashable> {
    private var frontiers: [[Node]] = [[], []]
    private var next: [Node] = []

    /// A search whose frontier buffers are kept between questions.
    public init() {}

    /// The entity where the two sides first meet, or `nil` when no allowed
    /// path joins `start` and `goal`. `marks` then holds both search trees.
    ///
    /// - Complexity: O(*b*^(*d*/2)) neighbour visits for branching *b* and
    ///   distance *d*, at worst every step once; iterative.
    public mutating func meeting<Source: NeighbourSource, Marks: SearchMarks>(
        from start: Node, to goal: Node, in source: inout Source, marks: inout Marks
    ) throws(Source.Failure) -> Node?
    where Source.Node == Node, Marks.Node == Node, Marks.Link == Source.Link {
        marks.begin(start: start, goal: goal)
        frontiers[0] = [start]
        frontiers[1] = [goal]
        while !frontiers[0].isEmpty && !frontiers[1].isEmpty {
            let side: SearchSide =
                cost(of: frontiers[0], on: .forward, in: source) <= cost(of: frontiers[1], on: .backward, in: source)
                ? .forward : .backward
            let other = side.other
            next.removeAll(keepingCapacity: true)
            var meeting: Node?
            for node in frontiers[side.rawValue] {
                try source.forEachNeighbour(of: node, on: side) { neighbour, link in
                    guard !marks.isReached(neighbour, on: side) else { return false }
                    marks.reach(neighbour, on: side, from: node, via: link)
                    if marks.isReached(neighbour, on: other) {
                        meeting = neighbour
                        return true
                    }
                    next.append(neighbour)
                    return false
                }
                if let meeting { return meeting }
            }
            swap(&frontiers[side.rawValue], &next)
        }
        return nil
    }

    /// What expanding a whole frontier costs.
    @inline(__always)
    private func cost<Source: NeighbourSource>(of frontier: [Node], on side: SearchSide, in source: Source) -> Int
    where Source.Node == Node {
        var total = 0
        for node in frontier { total &+= source.expansionCost(of: node, on: side) }
        return total
    }

    /// The steps from `meeting` back to `side`'s end, nearest first, each as
    /// (the entity stepped from, the step) as that side walked it.
    public static func chain<Marks: SearchMarks>(
        from meeting: Node, on side: SearchSide, marks: Marks
    )
        -> [(node: Node, link: Marks.Link)] where Marks.Node == Node
    {
        var hops: [(node: Node, link: Marks.Link)] = []
        var node = meeting
        while let parent = marks.parent(of: node, on: side) {
            hops.append(parent)
            node = parent.node
        }
        return hops
    }
}
