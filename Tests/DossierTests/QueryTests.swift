import Dossier
import Testing

/// A small graph: a chain A–B–C–D, a shortcut A–E–D, a disputed event, and
/// an isolated entity.
struct SampleGraph {
    var draft = GraphDraft()

    mutating func entity(_ name: String, _ kind: EntityKind = .person, _ attributes: [String: String] = [:]) -> EntityID
    {
        let entity = Entity(kind: kind, name: name, attributes: attributes)
        draft.add(entity)
        return entity.id
    }

    mutating func relate(_ source: EntityID, _ kind: RelationKind, _ target: EntityID, role: String? = nil) {
        draft.add(Relation(kind: kind, source: source, target: target, attributes: role.map { ["role": $0] } ?? [:]))
    }

    static func make() throws -> (Graph, [String: EntityID]) {
        var sample = SampleGraph()
        var ids: [String: EntityID] = [:]
        for name in ["A", "B", "C", "D", "E", "Lonely"] { ids[name] = sample.entity(name) }
        ids["Office"] = sample.entity("Office", .office)
        ids["Visit"] = sample.entity("Visit", .event, ["type": "visit", "date": "2020-11"])
        ids["Paper"] = sample.entity("Paper", .organization)
        sample.relate(ids["A"]!, .advises, ids["B"]!)
        sample.relate(ids["B"]!, .advises, ids["C"]!)
        sample.relate(ids["C"]!, .advises, ids["D"]!)
        sample.relate(ids["A"]!, .holds, ids["Office"]!)
        sample.relate(ids["E"]!, .holds, ids["Office"]!)
        sample.relate(ids["E"]!, .participant, ids["Visit"]!, role: "visitor")
        sample.relate(ids["D"]!, .participant, ids["Visit"]!, role: "host")
        sample.relate(ids["Paper"]!, .reported, ids["Visit"]!)
        sample.relate(ids["E"]!, .denied, ids["Visit"]!)
        return (try Graph(sample.draft), ids)
    }
}

@Suite struct NeighbourTests {
    @Test func `neighbours know their distance`() throws {
        let (graph, ids) = try SampleGraph.make()
        let result = try graph.neighbours(of: ids["A"]!, depth: 2)
        #expect(result.distances[ids["A"]!] == 0)
        #expect(result.distances[ids["B"]!] == 1)
        #expect(result.distances[ids["Office"]!] == 1)
        #expect(result.distances[ids["C"]!] == 2)
        #expect(result.distances[ids["E"]!] == 2)
        #expect(result.distances[ids["D"]!] == nil)
        #expect(result.relations.count == 4)
    }

    @Test func `filters limit relation kinds, entity kinds and direction`() throws {
        let (graph, ids) = try SampleGraph.make()
        let onlyAdvises = try graph.neighbours(of: ids["B"]!, depth: 5, filter: QueryFilter(relationKinds: [.advises]))
        #expect(Set(onlyAdvises.entities.map(\.name)) == ["A", "B", "C", "D"])
        let outgoing = try graph.neighbours(of: ids["B"]!, depth: 5, filter: QueryFilter(direction: .outgoing))
        #expect(outgoing.distances[ids["A"]!] == nil)
        #expect(outgoing.distances[ids["D"]!] == 2)
        let incoming = try graph.neighbours(of: ids["Office"]!, depth: 1, filter: QueryFilter(direction: .incoming))
        #expect(Set(incoming.entities.map(\.name)) == ["A", "E", "Office"])
        let people = try graph.neighbours(of: ids["E"]!, depth: 3, filter: QueryFilter(entityKinds: [.person]))
        #expect(people.entities.map(\.name) == ["E"])
        let excluded = try graph.neighbours(
            of: ids["A"]!, depth: 1, filter: QueryFilter(excludedRelationKinds: [.holds]))
        #expect(excluded.entities.map(\.name).sorted() == ["A", "B"])
    }

    @Test(arguments: [0, -1])
    func `a depth below one is refused`(depth: Int) throws {
        let (graph, ids) = try SampleGraph.make()
        #expect(throws: GraphError.invalidQuery("the depth must be at least 1 (it was \(depth)).")) {
            try graph.neighbours(of: ids["A"]!, depth: depth)
        }
    }

    @Test func `a huge depth stops when nothing new is reached`() throws {
        let (graph, ids) = try SampleGraph.make()
        let result = try graph.neighbours(of: ids["A"]!, depth: 1_000_000)
        #expect(result.entities.count == 8)
    }

    @Test func `the ego graph adds relations among the outermost entities`() throws {
        var sample = SampleGraph()
        let a = sample.entity("A")
        let b = sample.entity("B")
        let c = sample.entity("C")
        sample.relate(a, .associateOf, b)
        sample.relate(a, .associateOf, c)
        sample.relate(b, .associateOf, c)
        let graph = try Graph(sample.draft)
        #expect(try graph.neighbours(of: a, depth: 1).relations.count == 2)
        #expect(try graph.subgraph(around: a, depth: 1).relations.count == 3)
    }
}

@Suite struct PathTests {
    @Test func `the shortest path takes the fewest steps`() throws {
        let (graph, ids) = try SampleGraph.make()
        let path = try #require(try graph.shortestPath(from: ids["A"]!, to: ids["D"]!))
        #expect(path.length == 3)
        #expect(path.entities.first?.name == "A")
        #expect(path.entities.last?.name == "D")
    }

    @Test func `a path through a denied event says so, and undisputed search avoids it`() throws {
        let (graph, ids) = try SampleGraph.make()
        let path = try #require(try graph.shortestPath(from: ids["E"]!, to: ids["D"]!))
        #expect(path.length == 2)
        #expect(path.isDisputed)
        let claims = try #require(path.steps.first?.attribution)
        #expect(claims.reportedBy.map(\.name) == ["Paper"])
        #expect(claims.deniedBy.map(\.name) == ["E"])
        let undisputed = try #require(
            try graph.shortestPath(from: ids["E"]!, to: ids["D"]!, filter: QueryFilter(attribution: .undisputed)))
        #expect(undisputed.length == 5)
        #expect(!undisputed.isDisputed)
        let sourced = try graph.shortestPath(from: ids["E"]!, to: ids["D"]!, filter: QueryFilter(attribution: .sourced))
        #expect(sourced?.length == 2)
    }

    @Test func `avoiding an entity finds another way or none`() throws {
        let (graph, ids) = try SampleGraph.make()
        let around = try graph.shortestPath(from: ids["A"]!, to: ids["D"]!, filter: QueryFilter(avoiding: [ids["B"]!]))
        #expect(around?.entities.map(\.name) == ["A", "Office", "E", "Visit", "D"])
        let none = try graph.shortestPath(
            from: ids["A"]!, to: ids["D"]!, filter: QueryFilter(avoiding: [ids["B"]!, ids["Office"]!]))
        #expect(none == nil)
    }

    @Test func `no path to an isolated entity is an answer, not an error`() throws {
        let (graph, ids) = try SampleGraph.make()
        #expect(try graph.shortestPath(from: ids["A"]!, to: ids["Lonely"]!) == nil)
        #expect(try graph.paths(from: ids["A"]!, to: ids["Lonely"]!, maxLength: 6).paths.isEmpty)
    }

    @Test func `the same entity at both ends is refused`() throws {
        let (graph, ids) = try SampleGraph.make()
        #expect(throws: GraphError.invalidQuery("both ends are the same entity (A); name two different entities.")) {
            try graph.shortestPath(from: ids["A"]!, to: ids["A"]!)
        }
    }

    @Test func `all shortest paths and bounded simple paths are listed`() throws {
        var sample = SampleGraph()
        let names = ["S", "X", "Y", "T", "Z"]
        let ids = Dictionary(uniqueKeysWithValues: names.map { ($0, sample.entity($0)) })
        sample.relate(ids["S"]!, .associateOf, ids["X"]!)
        sample.relate(ids["S"]!, .associateOf, ids["Y"]!)
        sample.relate(ids["X"]!, .associateOf, ids["T"]!)
        sample.relate(ids["Y"]!, .associateOf, ids["T"]!)
        sample.relate(ids["Y"]!, .associateOf, ids["Z"]!)
        sample.relate(ids["Z"]!, .associateOf, ids["T"]!)
        let graph = try Graph(sample.draft)
        let shortest = try graph.allShortestPaths(from: ids["S"]!, to: ids["T"]!)
        #expect(shortest.paths.map { $0.entities.map(\.name) } == [["S", "X", "T"], ["S", "Y", "T"]])
        let bounded = try graph.paths(from: ids["S"]!, to: ids["T"]!, maxLength: 3)
        #expect(bounded.paths.map(\.length) == [2, 2, 3])
        #expect(!bounded.isTruncated)
        let limited = try graph.paths(from: ids["S"]!, to: ids["T"]!, maxLength: 3, limit: 1)
        #expect(limited.paths.count == 1)
        #expect(limited.isTruncated)
    }

    @Test func `a bounded search on a complete graph stops at its limit`() throws {
        var sample = SampleGraph()
        let ids = (0..<300).map { sample.entity("N\($0)") }
        for (position, left) in ids.enumerated() {
            for right in ids[(position + 1)...] { sample.relate(left, .associateOf, right) }
        }
        let graph = try Graph(sample.draft)
        let search = try graph.paths(from: ids[0], to: ids[1], maxLength: 6, limit: 100)
        #expect(search.paths.count == 100)
        #expect(search.isTruncated)
        #expect(search.paths.first?.length == 1)
    }

    @Test func `a long chain is searched without recursion`() throws {
        var sample = SampleGraph()
        let ids = (0..<100_000).map { sample.entity("C\($0)") }
        for index in 1..<ids.count { sample.relate(ids[index - 1], .advises, ids[index]) }
        sample.relate(ids.last!, .advises, ids[0])
        let graph = try Graph(sample.draft)
        #expect(try graph.shortestPath(from: ids[0], to: ids[50_000])?.length == 50_000)
        #expect(try graph.neighbours(of: ids[0], depth: 1_000_000).entities.count == 100_000)
    }
}

@Suite struct GraphAnalysisTests {
    @Test func `components are listed largest first`() throws {
        let (graph, _) = try SampleGraph.make()
        let components = graph.connectedComponents()
        #expect(components.map(\.count) == [8, 1])
        #expect(components[1].map(\.name) == ["Lonely"])
    }

    @Test func `the centre of a star brokers every pair`() throws {
        var sample = SampleGraph()
        let hub = sample.entity("Hub")
        for index in 0..<5 { sample.relate(hub, .associateOf, sample.entity("Leaf \(index)")) }
        let graph = try Graph(sample.draft)
        let betweenness = graph.betweennessCentrality()
        #expect(betweenness.first?.entity.name == "Hub")
        #expect(betweenness.first?.score == 1.0)
        #expect(betweenness.dropFirst().allSatisfy { $0.score == 0 })
        let degree = graph.degreeCentrality()
        #expect(degree.first?.entity.name == "Hub")
        #expect(degree.first?.score == 5)
    }

    @Test func `a timeline is ordered by date with undated events last`() throws {
        var sample = SampleGraph()
        let person = sample.entity("P")
        let place = sample.entity("City", .place)
        let events = [
            ("Late", "2021-05-17"), ("Early", "2018-09"), ("Middle", "2020-11"), ("Undated", ""), ("Year", "2021"),
        ]
        for (name, date) in events {
            let event = sample.entity(name, .event, date.isEmpty ? [:] : ["date": date])
            sample.relate(person, .participant, event, role: "agent")
            sample.relate(event, .heldIn, place)
        }
        let graph = try Graph(sample.draft)
        let timeline = try graph.timeline(of: person)
        #expect(timeline.map(\.event.name) == ["Early", "Middle", "Year", "Late", "Undated"])
        #expect(timeline.first?.roles == ["agent"])
        #expect(try graph.timeline(of: place).first?.roles == ["place"])
    }
}

@Suite struct GraphSearchTests {
    @Test func `the reusable search agrees with the graph's own queries`() throws {
        var sample = SampleGraph()
        var ids: [EntityID] = []
        for index in 0..<400 { ids.append(sample.entity("N\(index)")) }
        var state: UInt64 = 5
        for _ in 0..<700 {
            state = state &* 6_364_136_223_846_793_005 &+ 1
            let a = Int(state >> 40) % ids.count
            state = state &* 6_364_136_223_846_793_005 &+ 1
            let b = Int(state >> 40) % ids.count
            if a != b { sample.relate(ids[a], .advises, ids[b]) }
        }
        let graph = try Graph(sample.draft)
        let search = GraphSearch(graph: graph)
        for index in 0..<200 {
            let from = ids[index % ids.count]
            let to = ids[(index * 37 + 11) % ids.count]
            guard from != to else { continue }
            let expected = try graph.shortestPath(from: from, to: to)
            let found = search.shortestPath(from: from, to: to)
            #expect(found?.length == expected?.length)
            // One algorithm behind both: the very same path, not just as long.
            #expect(found?.steps.map(\.relation.id) == expected?.steps.map(\.relation.id))
            if let found {
                #expect(found.start.id == from && found.end.id == to)
                for (step, next) in zip(found.steps, found.steps.dropFirst()) { #expect(step.to == next.from) }
            }
            #expect(
                search.neighbourhoodSize(of: from, depth: 2)
                    == (try graph.neighbours(of: from, depth: 2)).entities.count)
        }
    }
}
