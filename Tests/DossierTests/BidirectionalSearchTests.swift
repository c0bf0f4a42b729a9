import Dossier
import Testing

/// A directed graph as adjacency lists, walked backward through a reversed
/// copy; visiting `broken` fails, as a store read can.
private struct Adjacency: NeighbourSource {
    struct Broken: Error, Equatable {}

    let outgoing: [[Int]]
    let incoming: [[Int]]
    var broken: Int?
    var visits = 0
    /// Neighbours handed to the search.
    var neighbourVisits = 0
    /// Whether the source tells the search each entity's degree.
    var knowsDegrees = false

    init(count: Int, edges: [(Int, Int)], broken: Int? = nil) {
        var outgoing = [[Int]](repeating: [], count: count)
        var incoming = [[Int]](repeating: [], count: count)
        for (from, to) in edges {
            outgoing[from].append(to)
            incoming[to].append(from)
        }
        self.outgoing = outgoing
        self.incoming = incoming
        self.broken = broken
    }

    mutating func forEachNeighbour(of node: Int, on side: SearchSide, _ visit: (Int, Int) -> Bool) throws(Broken) {
        if node == broken { throw Broken() }
        visits += 1
        for neighbour in side == .forward ? outgoing[node] : incoming[node] {
            neighbourVisits += 1
            if visit(neighbour, node) { return }
        }
    }

    func expansionCost(of node: Int, on side: SearchSide) -> Int {
        knowsDegrees ? (side == .forward ? outgoing[node] : incoming[node]).count : 1
    }

    /// One-sided breadth-first distance, the reference answer.
    func distance(_ start: Int, _ goal: Int) -> Int? {
        var depth = [start: 0]
        var frontier = [start]
        while !frontier.isEmpty {
            var next: [Int] = []
            for node in frontier {
                for neighbour in outgoing[node] where depth[neighbour] == nil {
                    depth[neighbour] = depth[node]! + 1
                    next.append(neighbour)
                }
            }
            if let found = depth[goal] { return found }
            frontier = next
        }
        return depth[goal]
    }
}

@Suite struct BidirectionalSearchTests {
    private static func randomEdges(seed: UInt64, count: Int, edges: Int) -> [(Int, Int)] {
        var state = seed
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % count
        }
        return (0..<edges).map { _ in (next(), next()) }.filter { $0.0 != $0.1 }
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func `the first meeting gives a shortest directed path`(seed: UInt64) throws {
        var graph = Adjacency(count: 200, edges: Self.randomEdges(seed: seed, count: 200, edges: 320))
        var search = BidirectionalSearch<Int>()
        var marks = DictionarySearchMarks<Int, Int>()
        var found = 0
        for start in stride(from: 0, to: 200, by: 7) {
            for goal in stride(from: 3, to: 200, by: 11) where goal != start {
                let meeting = try search.meeting(from: start, to: goal, in: &graph, marks: &marks)
                let expected = graph.distance(start, goal)
                guard let meeting else {
                    #expect(expected == nil, "\(start) → \(goal)")
                    continue
                }
                found += 1
                let forward = BidirectionalSearch.chain(from: meeting, on: .forward, marks: marks)
                let backward = BidirectionalSearch.chain(from: meeting, on: .backward, marks: marks)
                #expect(forward.count + backward.count == expected, "\(start) → \(goal)")
                // The chains are real edges, ending at the two ends.
                var node = meeting
                for (parent, _) in forward {
                    #expect(graph.outgoing[parent].contains(node))
                    node = parent
                }
                #expect(node == start)
                node = meeting
                for (parent, _) in backward {
                    #expect(graph.outgoing[node].contains(parent))
                    node = parent
                }
                #expect(node == goal)
            }
        }
        #expect(found > 100)
    }

    @Test func `a source's failure comes out of the search and a later search starts clean`() throws {
        var graph = Adjacency(count: 4, edges: [(0, 1), (1, 2), (2, 3)], broken: 1)
        var search = BidirectionalSearch<Int>()
        var marks = DictionarySearchMarks<Int, Int>()
        #expect(throws: Adjacency.Broken()) {
            try search.meeting(from: 0, to: 3, in: &graph, marks: &marks)
        }
        graph.broken = nil
        let meeting = try #require(try search.meeting(from: 0, to: 3, in: &graph, marks: &marks))
        let length =
            BidirectionalSearch.chain(from: meeting, on: .forward, marks: marks).count
            + BidirectionalSearch.chain(from: meeting, on: .backward, marks: marks).count
        #expect(length == 3)
        #expect(try search.meeting(from: 3, to: 0, in: &graph, marks: &marks) == nil)
    }

    @Test func `the smaller side moves, so the hub's neighbours are never expanded`() throws {
        // 0 → 1 → 2, and 0 → 3...99: the goal's side is smaller from the first level on.
        let edges = [(0, 1), (1, 2)] + (3..<100).map { (0, $0) }
        var graph = Adjacency(count: 100, edges: edges)
        var search = BidirectionalSearch<Int>()
        var marks = DictionarySearchMarks<Int, Int>()
        let meeting = try search.meeting(from: 0, to: 2, in: &graph, marks: &marks)
        #expect(meeting != nil)
        #expect(graph.visits <= 3)
    }

    @Test func `with degrees known, the side whose frontier holds a hub waits`() throws {
        // The start is a hub (0 → 3...199) on the path 0 → 1 → 2; both frontiers hold one entity.
        let edges = [(0, 1), (1, 2)] + (3..<200).map { (0, $0) }
        var counted = Adjacency(count: 200, edges: edges)
        var search = BidirectionalSearch<Int>()
        var marks = DictionarySearchMarks<Int, Int>()
        #expect(try search.meeting(from: 0, to: 2, in: &counted, marks: &marks) != nil)
        #expect(counted.neighbourVisits >= 198)
        var weighed = Adjacency(count: 200, edges: edges)
        weighed.knowsDegrees = true
        let meeting = try search.meeting(from: 0, to: 2, in: &weighed, marks: &marks)
        #expect(meeting == 0)
        #expect(weighed.neighbourVisits <= 2)
        #expect(BidirectionalSearch.chain(from: 0, on: .backward, marks: marks).count == 2)
    }
}
