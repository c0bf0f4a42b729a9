import Dossier
import Testing

@Suite struct GraphDraftTests {
    let document = DocumentID(rawValue: "d1")

    func evidence(_ start: Int) -> Evidence {
        Evidence(document: document, sentence: "Sentence \(start).", start: start, end: start + 10)
    }

    @Test func `the same entity id gives one entity with names, aliases and attributes united`() {
        var draft = GraphDraft()
        let id = EntityID(kind: .person, name: "Zulfi Bukhari")
        draft.add(Entity(id: id, kind: .person, name: "Zulfi Bukhari", aliases: ["Bukhari"], attributes: ["a": "1"]))
        draft.add(
            Entity(
                id: id, kind: .person, name: "Sayed Zulfi Bukhari", aliases: ["Zulfi"],
                attributes: ["a": "2", "b": "3"])
        )
        let entity = try! #require(draft.entities[id])
        #expect(draft.entities.count == 1)
        #expect(entity.name == "Sayed Zulfi Bukhari")
        #expect(entity.aliases == ["Bukhari", "Zulfi", "Zulfi Bukhari"])
        #expect(entity.attributes == ["a": "1", "b": "3"])
    }

    @Test func `merging names does not depend on the order`() {
        let id = EntityID(kind: .person, name: "A")
        var first = Entity(id: id, kind: .person, name: "Abc")
        first.merge(Entity(id: id, kind: .person, name: "Abd"))
        var second = Entity(id: id, kind: .person, name: "Abd")
        second.merge(Entity(id: id, kind: .person, name: "Abc"))
        #expect(first == second)
        #expect(first.name == "Abc")
    }

    @Test func `the same relation key gives one relation with evidence united`() {
        var draft = GraphDraft()
        let khan = EntityID(kind: .person, name: "Imran Khan")
        let office = EntityID(kind: .office, name: "Prime Minister of Pakistan")
        draft.add(Relation(kind: .holds, source: khan, target: office, evidence: [evidence(0)]))
        draft.add(Relation(kind: .holds, source: khan, target: office, evidence: [evidence(20), evidence(0)]))
        #expect(draft.relations.count == 1)
        #expect(draft.relations.values.first?.evidence == [evidence(0), evidence(20)])
    }

    @Test func `a relation stated outright anywhere loses the basis of an inferred one, in either order`() {
        let lena = EntityID(kind: .person, name: "Lena Holm")
        let norway = EntityID(kind: .country, name: "Norway")
        let inferred = Relation(
            kind: .citizenOf, source: lena, target: norway, attributes: ["basis": "office", "since": "2001"],
            evidence: [evidence(0)])
        let stated = Relation(kind: .citizenOf, source: lena, target: norway, evidence: [evidence(20)])
        for order in [[inferred, stated], [stated, inferred]] {
            var draft = GraphDraft()
            for relation in order { draft.add(relation) }
            #expect(draft.relations.values.first?.attributes == ["since": "2001"])
        }
        var both = inferred
        both.merge(Relation(kind: .citizenOf, source: lena, target: norway, attributes: ["basis": "context"]))
        #expect(both.attributes["basis"] == "office", "two inferences keep the first one's basis")
    }

    @Test func `participants with different roles stay different relations`() {
        var draft = GraphDraft()
        let person = EntityID(kind: .person, name: "A")
        let event = EntityID(kind: .event, name: "A visits B")
        draft.add(Relation(kind: .participant, source: person, target: event, attributes: ["role": "visitor"]))
        draft.add(Relation(kind: .participant, source: person, target: event, attributes: ["role": "sender"]))
        draft.add(Relation(kind: .participant, source: person, target: event, attributes: ["role": "visitor"]))
        #expect(draft.relations.count == 2)
        #expect(
            draft.sortedRelations.map(\.id) == [
                "participant[sender]:person/a->event/a-visits-b", "participant[visitor]:person/a->event/a-visits-b",
            ])
    }

    @Test func `a symmetric relation is kept once, from the smaller id`() {
        var draft = GraphDraft()
        let pakistan = EntityID(kind: .country, name: "Pakistan")
        let israel = EntityID(kind: .country, name: "Israel")
        draft.add(Relation(kind: .relationsWith, source: pakistan, target: israel))
        draft.add(Relation(kind: .relationsWith, source: israel, target: pakistan))
        let relation = try! #require(draft.relations.values.first)
        #expect(draft.relations.count == 1)
        #expect(relation.source == israel)
        #expect(relation.target == pakistan)
    }

    @Test func `a directed relation keeps its direction`() {
        let adviser = EntityID(kind: .person, name: "Z")
        let leader = EntityID(kind: .person, name: "A")
        let relation = Relation(kind: .advises, source: adviser, target: leader)
        #expect(relation.source == adviser)
    }

    @Test func `removing an entity removes its relations`() {
        var draft = GraphDraft()
        let a = Entity(kind: .person, name: "A")
        let b = Entity(kind: .person, name: "B")
        draft.add(a)
        draft.add(b)
        draft.add(Relation(kind: .associateOf, source: a.id, target: b.id))
        draft.removeEntity(a.id)
        #expect(draft.entities.keys.sorted() == [b.id])
        #expect(draft.relations.isEmpty)
    }
}

@Suite struct GraphTests {
    @Test func `the graph indexes steps in both directions`() throws {
        var draft = GraphDraft()
        let a = Entity(kind: .person, name: "A")
        let b = Entity(kind: .person, name: "B")
        let c = Entity(kind: .office, name: "C")
        for entity in [a, b, c] { draft.add(entity) }
        draft.add(Relation(kind: .advises, source: a.id, target: b.id))
        draft.add(Relation(kind: .holds, source: b.id, target: c.id))
        let graph = try Graph(draft)
        let indexOfB = try #require(graph.index(of: b.id))
        let steps = graph.steps(of: indexOfB)
        #expect(steps.count == 2)
        #expect(Set(steps.map { graph.entities[Int($0.neighbour)].id }) == [a.id, c.id])
        #expect(graph.relations(from: b.id).map(\.kind) == [.holds])
        #expect(graph.relations(to: b.id).map(\.kind) == [.advises])
    }

    @Test func `a relation to a missing entity is an error`() {
        var draft = GraphDraft()
        let a = Entity(kind: .person, name: "A")
        draft.add(a)
        draft.add(Relation(kind: .advises, source: a.id, target: EntityID(kind: .person, name: "Ghost")))
        #expect(
            throws: GraphError.danglingRelation(
                relation: "advises:person/a->person/ghost", missing: EntityID(kind: .person, name: "Ghost"))
        ) {
            try Graph(draft)
        }
    }

    @Test func `close names are suggested for a name that matches nothing`() {
        let names = ["Imran Khan", "Zulfi Bukhari", "Yossi Cohen", "Israel"]
        #expect(NameMatching.closest(to: "imran kahn", among: names) == ["Imran Khan"])
        #expect(NameMatching.closest(to: "Bukhari", among: names) == ["Zulfi Bukhari"])
        #expect(NameMatching.closest(to: "Qwertyuiop", among: names).isEmpty)
    }
}
