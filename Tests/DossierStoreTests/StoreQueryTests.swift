import Dossier
import DossierStore
import DossierTestSupport
import Testing

/// The store reads only part of the graph for a query; these tests check,
/// on seeded random graphs, that the part always gives the answer the
/// whole graph gives.
@Suite struct StoreQueryTests {
    /// A small deterministic generator (SplitMix64).
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((value ^ (value >> 31)) % UInt64(bound))
        }
    }

    static func randomDraft(seed: UInt64, entities: Int, relations: Int) -> GraphDraft {
        var random = Random(state: seed)
        var draft = GraphDraft()
        let kinds: [EntityKind] = [.person, .person, .person, .office, .organization, .country, .place, .event]
        var ids: [EntityID] = []
        for index in 0..<entities {
            let entity = Entity(kind: kinds[random.next(kinds.count)], name: "Entity \(index)")
            ids.append(entity.id)
            draft.add(entity)
        }
        let relationKinds: [RelationKind] = [
            .advises, .associateOf, .memberOf, .participant, .denied, .reported, .partOf,
        ]
        for _ in 0..<relations {
            let source = ids[random.next(ids.count)]
            let target = ids[random.next(ids.count)]
            guard source != target else { continue }
            draft.add(Relation(kind: relationKinds[random.next(relationKinds.count)], source: source, target: target))
        }
        return draft
    }

    static let filters: [QueryFilter] = [
        QueryFilter(),
        QueryFilter(direction: .outgoing),
        QueryFilter(relationKinds: [.advises, .associateOf, .participant]),
        QueryFilter(entityKinds: [.person, .event]),
        QueryFilter(attribution: .undisputed),
    ]

    @Test(arguments: [1, 2, 3] as [UInt64])
    func `shortest paths from the store equal those of the whole graph`(seed: UInt64) throws {
        let folder = TemporaryFolder()
        let draft = Self.randomDraft(seed: seed, entities: 300, relations: 420)
        let store = try GraphStore(path: folder.file("s.sqlite"))
        try store.merge(draft)
        let whole = try Graph(draft)
        var random = Random(state: seed &* 7)
        for filter in Self.filters {
            for _ in 0..<25 {
                let from = whole.entities[random.next(whole.entityCount)].id
                let to = whole.entities[random.next(whole.entityCount)].id
                guard from != to else { continue }
                let part = try store.connectionGraph(from: from, to: to, filter: filter)
                let expected = try whole.allShortestPaths(from: from, to: to, limit: 1000, filter: filter)
                let found = try part.allShortestPaths(from: from, to: to, limit: 1000, filter: filter)
                #expect(found.paths.map(\.length) == expected.paths.map(\.length), "\(from) → \(to) \(filter)")
                #expect(
                    Set(found.paths.map { $0.entities.map(\.id) }) == Set(expected.paths.map { $0.entities.map(\.id) }))
                let bounded = try store.connectionGraph(from: from, to: to, maxLength: 4, filter: filter)
                #expect(
                    try bounded.paths(from: from, to: to, maxLength: 4, limit: 10_000, filter: filter).paths.count
                        == (try whole.paths(from: from, to: to, maxLength: 4, limit: 10_000, filter: filter).paths.count)
                )
                for maxLength in [3, 5] {
                    let expected = try whole.paths(
                        from: from, to: to, maxLength: maxLength, limit: 10_000, filter: filter)
                    let found = try store.paths(from: from, to: to, maxLength: maxLength, limit: 10_000, filter: filter)
                    #expect(!found.search.isTruncated)
                    #expect(
                        Set(found.search.paths.map { $0.steps.map(\.relation.id) })
                            == Set(expected.paths.map { $0.steps.map(\.relation.id) }), "\(from) → \(to) \(filter)")
                }
            }
        }
    }

    @Test func `paths within a length on a dense store stop at the limit and say so`() throws {
        let folder = TemporaryFolder()
        var draft = GraphDraft()
        let ids = (0..<60).map { EntityID(rawValue: "person/k\($0)")! }
        for id in ids { draft.add(Entity(id: id, kind: .person, name: String(id.slug))) }
        for left in ids.indices {
            for right in (left + 1)..<ids.count {
                draft.add(Relation(kind: .associateOf, source: ids[left], target: ids[right]))
            }
        }
        let store = try GraphStore(path: folder.file("dense.sqlite"))
        try store.merge(draft)
        let found = try store.paths(from: ids[0], to: ids[1], maxLength: 5, limit: 50)
        #expect(found.search.isTruncated)
        #expect(found.search.paths.count == 50)
        #expect(found.search.paths.first?.length == 1)
        #expect(found.graph.relationCount < 300, "only the relations on the paths found are loaded")
        let few = try store.paths(from: ids[0], to: ids[1], maxLength: 2, limit: 100)
        #expect(!few.search.isTruncated)
        #expect(few.search.paths.count == 59)
    }

    @Test(arguments: [4, 5] as [UInt64])
    func `neighbourhoods from the store equal those of the whole graph`(seed: UInt64) throws {
        let folder = TemporaryFolder()
        let draft = Self.randomDraft(seed: seed, entities: 300, relations: 500)
        let store = try GraphStore(path: folder.file("s.sqlite"))
        try store.merge(draft)
        let whole = try Graph(draft)
        var random = Random(state: seed)
        for filter in Self.filters {
            for depth in 1...3 {
                let start = whole.entities[random.next(whole.entityCount)].id
                let part = try store.neighbourhoodGraph(of: start, depth: depth, filter: filter)
                let expected = try whole.neighbours(of: start, depth: depth, filter: filter)
                let found = try part.neighbours(of: start, depth: depth, filter: filter)
                #expect(found.distances == expected.distances)
                #expect(found.relations.map(\.id) == expected.relations.map(\.id))
                let tree = try store.neighbourhoodGraph(of: start, depth: depth, filter: filter, treeOnly: true)
                let listed = try tree.neighbours(of: start, depth: depth, filter: filter)
                #expect(listed.distances == expected.distances, "one link per entity keeps every distance")
                #expect(Set(listed.relations.map(\.id)).isSubset(of: Set(expected.relations.map(\.id))))
            }
        }
    }

    @Test func `disputes are known even for events at the edge of what was read`() throws {
        let folder = TemporaryFolder()
        var draft = GraphDraft()
        let person = Entity(kind: .person, name: "P")
        let event = Entity(kind: .event, name: "E")
        let denier = Entity(kind: .person, name: "D")
        let paper = Entity(kind: .organization, name: "Paper")
        for entity in [person, event, denier, paper] { draft.add(entity) }
        draft.add(Relation(kind: .participant, source: person.id, target: event.id, attributes: ["role": "visitor"]))
        draft.add(Relation(kind: .denied, source: denier.id, target: event.id))
        draft.add(Relation(kind: .reported, source: paper.id, target: event.id))
        let store = try GraphStore(path: folder.file("s.sqlite"))
        try store.merge(draft)
        let part = try store.neighbourhoodGraph(of: person.id, depth: 1)
        #expect(part.isDisputed(event.id))
        #expect(part.attribution(of: event.id)?.reportedBy.map(\.name) == ["Paper"])
        let timeline = try store.timelineGraph(of: person.id).timeline(of: person.id)
        #expect(timeline.first?.attribution.deniedBy.map(\.name) == ["D"])
    }
}

@Suite struct FirstPathTests {
    @Test(arguments: [6, 7] as [UInt64])
    func `the quick search finds a shortest path and reads little`(seed: UInt64) throws {
        let folder = TemporaryFolder()
        let draft = StoreQueryTests.randomDraft(seed: seed, entities: 300, relations: 450)
        let store = try GraphStore(path: folder.file("s.sqlite"))
        try store.merge(draft)
        let whole = try Graph(draft)
        var random = StoreQueryTests.Random(state: seed)
        for filter in StoreQueryTests.filters {
            for _ in 0..<20 {
                let from = whole.entities[random.next(whole.entityCount)].id
                let to = whole.entities[random.next(whole.entityCount)].id
                guard from != to else { continue }
                let part = try store.connectionGraph(from: from, to: to, filter: filter, completely: false)
                let expected = try whole.shortestPath(from: from, to: to, filter: filter)
                let found = try part.shortestPath(from: from, to: to, filter: filter)
                #expect(found?.length == expected?.length, "\(from) → \(to)")
                #expect(
                    part.relationCount <= (expected?.length ?? 0) + part.relations.filter(\.kind.isAttribution).count)
            }
        }
    }
}
