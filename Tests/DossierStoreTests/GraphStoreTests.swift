import Dossier
import DossierStore
import DossierTestSupport
import Foundation
import Testing

@Suite struct GraphStoreTests {
    let folder = TemporaryFolder()
    let document = Document(id: DocumentID(rawValue: "doc1"), title: "Doc", path: "doc.txt")

    func sampleDraft() -> GraphDraft {
        var draft = GraphDraft()
        draft.add(document)
        let khan = Entity(kind: .person, name: "Imran Khan", aliases: ["Khan"])
        let office = Entity(kind: .office, name: "Prime Minister of Pakistan")
        let pakistan = Entity(kind: .country, name: "Pakistan", aliases: ["Pakistani"])
        for entity in [khan, office, pakistan] { draft.add(entity) }
        let evidence = Evidence(document: document.id, sentence: "Prime Minister Imran Khan spoke.", start: 0, end: 32)
        draft.add(
            Relation(
                kind: .holds, source: khan.id, target: office.id, attributes: ["status": "current"],
                evidence: [evidence]))
        draft.add(Relation(kind: .officeOf, source: office.id, target: pakistan.id, evidence: [evidence]))
        return draft
    }

    @Test func `a merged draft reads back whole`() throws {
        let store = try GraphStore(path: folder.file("s.sqlite"))
        let summary = try store.merge(sampleDraft())
        #expect(summary.entitiesAdded == 3)
        #expect(summary.relationsAdded == 2)
        let snapshot = try store.snapshot()
        #expect(snapshot == sampleDraft())
        let statistics = try store.statistics()
        #expect(statistics.entities["person"] == 1)
        #expect(statistics.relations == ["holds": 1, "officeOf": 1])
        #expect(statistics.documents == 1)
        #expect(statistics.evidence == 2)
        #expect(statistics.bytes > 0)
    }

    @Test func `merging the same draft twice changes nothing`() throws {
        let store = try GraphStore(path: folder.file("s.sqlite"))
        try store.merge(sampleDraft())
        let second = try store.merge(sampleDraft())
        #expect(second == GraphStore.MergeSummary())
        #expect(try store.snapshot() == sampleDraft())
    }

    @Test func `a second build unites names, aliases and evidence`() throws {
        let store = try GraphStore(path: folder.file("s.sqlite"))
        try store.merge(sampleDraft())
        var more = GraphDraft()
        let other = Document(id: DocumentID(rawValue: "doc2"), title: "Other", path: "other.txt")
        more.add(other)
        let khan = Entity(
            id: EntityID(kind: .person, name: "Imran Khan"), kind: .person, name: "Imran Ahmed Khan", aliases: ["IK"])
        more.add(khan)
        more.add(Entity(kind: .office, name: "Prime Minister of Pakistan"))
        let evidence = Evidence(document: other.id, sentence: "Khan is premier.", start: 5, end: 21)
        more.add(
            Relation(
                kind: .holds, source: khan.id, target: EntityID(kind: .office, name: "Prime Minister of Pakistan"),
                evidence: [evidence]))
        let summary = try store.merge(more)
        #expect(summary.entitiesMerged == 1)
        #expect(summary.relationsMerged == 1)
        let stored = try #require(try store.entity(khan.id))
        #expect(stored.name == "Imran Ahmed Khan")
        #expect(stored.aliases == ["IK", "Imran Khan", "Khan"])
        let holds = try store.relations(of: khan.id).first { $0.kind == .holds }
        #expect(holds?.evidence.count == 2)
    }

    @Test func `a later build that states an inferred relation outright clears its basis`() throws {
        let store = try GraphStore(path: folder.file("basis.sqlite"))
        let lena = Entity(kind: .person, name: "Lena Holm")
        let norway = Entity(kind: .country, name: "Norway")
        func draft(_ attributes: [String: String], at start: Int) -> GraphDraft {
            var draft = GraphDraft()
            draft.add(document)
            draft.add(lena)
            draft.add(norway)
            draft.add(
                Relation(
                    kind: .citizenOf, source: lena.id, target: norway.id, attributes: attributes,
                    evidence: [
                        Evidence(document: document.id, sentence: "Holm is Norwegian.", start: start, end: start + 18)
                    ]))
            return draft
        }
        try store.merge(draft(["basis": "context"], at: 0))
        #expect(try store.relations(of: lena.id).first?.attributes == ["basis": "context"])
        try store.merge(draft([:], at: 40))
        #expect(try store.relations(of: lena.id).first?.attributes == [:])
        try store.merge(draft(["basis": "lexicon"], at: 80))
        #expect(try store.relations(of: lena.id).first?.attributes == [:], "an inference adds no basis to a statement")
    }

    @Test func `a relation to an unknown entity writes nothing`() throws {
        let store = try GraphStore(path: folder.file("s.sqlite"))
        try store.merge(sampleDraft())
        let before = try store.snapshot()
        var bad = GraphDraft()
        let person = Entity(kind: .person, name: "New Person")
        bad.add(person)
        let relation = Relation(kind: .advises, source: person.id, target: EntityID(kind: .person, name: "Ghost"))
        bad.add(relation)
        #expect(
            throws: StoreError.danglingRelation(
                relation: "advises:person/new-person->person/ghost", missing: EntityID(kind: .person, name: "Ghost"),
                origin: "edges.csv:4")
        ) {
            try store.merge(bad, origins: [relation.key: "edges.csv:4"])
        }
        #expect(try store.snapshot() == before)
    }

    @Test func `names resolve without regard to case, through aliases and ids`() throws {
        let store = try GraphStore(path: folder.file("s.sqlite"))
        try store.merge(sampleDraft())
        #expect(try store.resolve("imran khan").name == "Imran Khan")
        #expect(try store.resolve("KHAN").name == "Imran Khan")
        #expect(try store.resolve("country/pakistan").name == "Pakistan")
        #expect(throws: StoreError.lookup(.noSuchEntity(name: "Imran Kahn", suggestions: ["Imran Khan"]))) {
            try store.resolve("Imran Kahn")
        }
    }

    @Test func `a last name alone finds the one person who has it`() throws {
        let store = try GraphStore(path: folder.file("s.sqlite"))
        var draft = GraphDraft()
        draft.add(Entity(kind: .person, name: "Yossi Cohen"))
        draft.add(Entity(kind: .person, name: "Ana Ruiz"))
        draft.add(Entity(kind: .person, name: "Luis Ruiz"))
        draft.add(Entity(kind: .organization, name: "Banco Herrera"))
        try store.merge(draft)
        #expect(try store.resolve("cohen").name == "Yossi Cohen")
        #expect(
            throws: StoreError.lookup(
                .ambiguousName(
                    name: "Ruiz",
                    matches: [
                        Entity(kind: .person, name: "Ana Ruiz"), Entity(kind: .person, name: "Luis Ruiz"),
                    ]))
        ) {
            try store.resolve("Ruiz")
        }
        // Only people are named by their last word, and only by one word.
        #expect(throws: StoreError.self) { try store.resolve("Herrera") }
        #expect(throws: StoreError.self) { try store.resolve("Moshe Cohen") }
    }

    @Test func `an id written without its kind finds the one entity that has it`() throws {
        let store = try GraphStore(path: folder.file("slug.sqlite"))
        var draft = GraphDraft()
        draft.add(Entity(id: EntityID(kind: .person, name: "p12"), kind: .person, name: "Ana Ruiz"))
        draft.add(Entity(id: EntityID(kind: .person, name: "x1"), kind: .person, name: "Bo Lind"))
        draft.add(Entity(id: EntityID(kind: .place, name: "x1"), kind: .place, name: "Lindholm"))
        try store.merge(draft)
        #expect(try store.resolve("p12").name == "Ana Ruiz")
        do {
            _ = try store.resolve("x1")
            Issue.record("x1 names a person and a place")
        } catch {
            guard case .lookup(.ambiguousName(_, let matches)) = error else {
                Issue.record("expected an ambiguous name, got \(error)")
                return
            }
            #expect(matches.map(\.name).sorted() == ["Bo Lind", "Lindholm"])
        }
        #expect(throws: StoreError.self) { try store.resolve("p13") }
    }

    @Test func `a name shared by two entities is ambiguous`() throws {
        let store = try GraphStore(path: folder.file("s.sqlite"))
        var draft = GraphDraft()
        draft.add(Entity(kind: .country, name: "Georgia"))
        draft.add(Entity(kind: .place, name: "Georgia"))
        try store.merge(draft)
        do {
            _ = try store.resolve("georgia")
            Issue.record("expected an error")
        } catch {
            #expect(
                String(describing: error) == """
                    "georgia" names 2 entities:
                      country/georgia  (country) Georgia
                      place/georgia  (place) Georgia
                    Give the id instead, for example "country/georgia".
                    """)
        }
    }

    @Test func `entities filter by kind and text`() throws {
        let store = try GraphStore(path: folder.file("s.sqlite"))
        try store.merge(sampleDraft())
        #expect(try store.entities(kind: .country).map(\.name) == ["Pakistan"])
        #expect(try store.entities(matching: "pakistan").map(\.name) == ["Pakistan", "Prime Minister of Pakistan"])
        #expect(try store.entities(matching: "pakistani").map(\.name) == ["Pakistan"])
        #expect(try store.entities(matching: "%").isEmpty)
    }

    @Test func `a folder is not a store`() {
        #expect(throws: StoreError.isFolder(path: folder.path)) { try GraphStore(path: folder.path) }
    }

    @Test func `a file that is not a Dossier database is refused and kept`() throws {
        let text = folder.write("notes.sqlite", "these are my notes")
        #expect(throws: StoreError.notADossierStore(path: text)) { try GraphStore(path: text) }
        #expect(folder.bytes(of: text) == Array("these are my notes".utf8))
        let other = folder.file("other.sqlite")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [other, "CREATE TABLE t(x); INSERT INTO t VALUES (1);"]
        try process.run()
        process.waitUntilExit()
        #expect(throws: StoreError.notADossierStore(path: other)) { try GraphStore(path: other) }
    }

    @Test func `a store from a newer schema is refused and left untouched`() throws {
        let path = folder.file("s.sqlite")
        try GraphStore(path: path).merge(sampleDraft())
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path, "INSERT INTO grdb_migrations VALUES ('v9-future');"]
        try process.run()
        process.waitUntilExit()
        #expect(throws: StoreError.newerSchema(path: path, migrations: ["v9-future"])) { try GraphStore(path: path) }
        #expect(throws: StoreError.newerSchema(path: path, migrations: ["v9-future"])) {
            try GraphStore(path: path, access: .readOnly)
        }
    }

    @Test func `opening a missing store for reading says how to make one`() {
        let path = folder.file("none.sqlite")
        #expect(throws: StoreError.missing(path: path)) { try GraphStore(path: path, access: .readOnly) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}

@Suite struct CorrectionTests {
    let folder = TemporaryFolder()

    @Test func `corrections merge, split, rename and drop, and are kept for later builds`() throws {
        let store = try GraphStore(path: folder.file("c.sqlite"))
        var draft = GraphDraft()
        let georgia = Entity(kind: .country, name: "Georgia", aliases: ["Georgia (US state)", "Sakartvelo"])
        let typo = Entity(kind: .organization, name: "Daily Newz")
        let paper = Entity(kind: .organization, name: "Daily News")
        let stray = Entity(kind: .person, name: "Stray Word")
        for entity in [georgia, typo, paper, stray] { draft.add(entity) }
        draft.add(Relation(kind: .partOf, source: typo.id, target: georgia.id))
        try store.merge(
            draft,
            corrections: [
                .same("Daily News", "Daily Newz"), .different("Georgia", "Georgia (US state)"), .drop("Stray Word"),
                .rename(from: "Sakartvelo", to: "Georgia (country)"),
            ])
        #expect(try store.entity(georgia.id)?.name == "Georgia (country)")
        #expect(try store.entity(georgia.id)?.aliases == ["Georgia", "Sakartvelo"])
        #expect(try store.resolve("Georgia (US state)").id.rawValue == "country/georgia-us-state")
        #expect(try store.entity(typo.id) == nil)
        #expect(try store.entity(paper.id)?.aliases == ["Daily Newz"])
        #expect(try store.relations(of: paper.id).map(\.kind) == [.partOf])
        #expect(try store.entity(stray.id) == nil)
        #expect(try store.corrections().count == 4)
        var again = GraphDraft()
        again.add(stray)
        try store.merge(again)
        #expect(try store.entity(stray.id) == nil, "kept corrections apply to later builds")
    }
}
