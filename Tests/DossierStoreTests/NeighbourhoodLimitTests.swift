import Dossier
import DossierStore
import DossierTestSupport
import Testing

/// A neighbourhood past its limit loads the nearest entities and the ones
/// that lead to them, and counts the rest without loading them.
@Suite struct NeighbourhoodLimitTests {
    let folder = TemporaryFolder()

    /// A start with two people of its own and a hub with fifty members.
    func store() throws -> GraphStore {
        var draft = GraphDraft()
        let document = Document(id: DocumentID(rawValue: "d"), title: "D", path: "d.txt")
        draft.add(document)
        let evidence = Evidence(document: document.id, sentence: "They met.", start: 0, end: 9)
        let start = Entity(kind: .person, name: "Start Person")
        let hub = Entity(kind: .organization, name: "Big Ministry")
        draft.add(start)
        draft.add(hub)
        draft.add(Relation(kind: .memberOf, source: start.id, target: hub.id, evidence: [evidence]))
        for number in 1...2 {
            let friend = Entity(kind: .person, name: "Friend \(number)")
            draft.add(friend)
            draft.add(Relation(kind: .associateOf, source: start.id, target: friend.id, evidence: [evidence]))
        }
        for number in 1...50 {
            let member = Entity(kind: .person, name: "Member \(number)")
            draft.add(member)
            draft.add(Relation(kind: .memberOf, source: member.id, target: hub.id, evidence: [evidence]))
        }
        let store = try GraphStore(path: folder.file("hub.sqlite"))
        try store.merge(draft)
        return store
    }

    @Test(arguments: [true, false])
    func `past the limit the nearest are loaded and the rest counted`(treeOnly: Bool) throws {
        let store = try store()
        let start = EntityID(kind: .person, name: "Start Person")
        let (graph, total) = try store.neighbourhood(of: start, depth: 2, treeOnly: treeOnly, limit: 5)
        #expect(total == 53)
        let around = try graph.neighbours(of: start, depth: 2)
        let distances = around.distances.filter { $0.key != start }
        // The three one step away, then two of the fifty members.
        #expect(distances.values.filter { $0 == 1 }.count == 3)
        #expect(distances.values.filter { $0 == 2 }.count == 2)
        #expect(graph.entities.count == 6)

        let (whole, count) = try store.neighbourhood(of: start, depth: 2, treeOnly: treeOnly, limit: nil)
        #expect(count == 53)
        #expect(try whole.neighbours(of: start, depth: 2).entities.count == 54)
    }

    @Test func `a limit that keeps a far entity keeps the entity that leads to it`() throws {
        let store = try store()
        let member = EntityID(kind: .person, name: "Member 7")
        let (graph, total) = try store.neighbourhood(of: member, depth: 2, treeOnly: true, limit: 1)
        // Member 7 reaches the ministry, then the 49 other members and the start.
        #expect(total == 51)
        #expect(try graph.neighbours(of: member, depth: 2).distances.count == 2)
        let (two, _) = try store.neighbourhood(of: member, depth: 2, treeOnly: true, limit: 3)
        let distances = try two.neighbours(of: member, depth: 2).distances
        #expect(distances.values.filter { $0 == 2 }.count == 2)
        #expect(distances[EntityID(kind: .organization, name: "Big Ministry")] == 1)
    }
}
