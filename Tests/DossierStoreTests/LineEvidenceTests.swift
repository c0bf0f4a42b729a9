import Dossier
import DossierStore
import DossierTestSupport
import GRDB
import Testing

/// Edges-file lines that say only `source,target,kind` are kept as their
/// place, and read back as exactly the evidence that was loaded.
@Suite struct LineEvidenceTests {
    let folder = TemporaryFolder()
    let document = Document(id: DocumentID(rawValue: "edges"), title: "edges.csv", path: "edges.csv")
    let ana = Entity(id: EntityID(kind: .person, name: "p1"), kind: .person, name: "Ana Ruiz")
    let bo = Entity(id: EntityID(kind: .person, name: "p2"), kind: .person, name: "Bo Lind")
    let club = Entity(id: EntityID(kind: .organization, name: "g1"), kind: .organization, name: "Chess Club")

    /// A relation declared by `line`, which starts at scalar `start` of the file.
    func relation(_ kind: RelationKind, _ source: Entity, _ target: Entity, line: String, start: Int) -> Relation {
        Relation(
            kind: kind, source: source.id, target: target.id,
            evidence: [
                Evidence(document: document.id, sentence: line, start: start, end: start + line.unicodeScalars.count)
            ])
    }

    /// Loads the draft's items through a bulk sink, as a CSV build does.
    func load(_ draft: GraphDraft, into store: GraphStore) throws {
        try store.load { sink in
            for document in draft.sortedDocuments { try sink.add(document) }
            for entity in draft.entities.values { try sink.add(entity) }
            for relation in draft.relations.values { try sink.add(relation, origin: nil) }
        }
    }

    func count(_ table: String, in path: String) throws -> Int {
        try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? -1 }
    }

    func draft(_ relations: [Relation]) -> GraphDraft {
        var draft = GraphDraft()
        draft.add(document)
        for entity in [ana, bo, club] { draft.add(entity) }
        for relation in relations { draft.add(relation) }
        return draft
    }

    @Test func `plain lines, in either order of a symmetric kind, read back as written`() throws {
        let path = folder.file("lines.sqlite")
        let lines = draft([
            relation(.memberOf, ana, club, line: "p1,g1,memberOf", start: 18),
            // associateOf is symmetric and keeps its ends sorted: the line names them the other way.
            relation(.associateOf, bo, ana, line: "p2,p1,associateOf", start: 33),
        ])
        let store = try GraphStore(path: path)
        try load(lines, into: store)
        #expect(try store.snapshot() == lines)
        #expect(try count("line_evidence", in: path) == 2)
        #expect(try count("sentences", in: path) == 0)
        #expect(try store.statistics().evidence == 2)
        let associates = try store.relations(of: bo.id).filter { $0.kind == .associateOf }
        #expect(associates.first?.evidence.first?.sentence == "p2,p1,associateOf")
    }

    @Test func `a line that says more keeps its text as a sentence`() throws {
        let path = folder.file("quoted.sqlite")
        let quoted = draft([
            relation(.memberOf, ana, club, line: "\"p1\",g1,memberOf", start: 18),
            Relation(
                kind: .memberOf, source: bo.id, target: club.id, attributes: ["since": "2019"],
                evidence: [Evidence(document: document.id, sentence: "p2,g1,memberOf", start: 40, end: 54)]),
        ])
        let store = try GraphStore(path: path)
        try load(quoted, into: store)
        #expect(try store.snapshot() == quoted)
        #expect(try count("line_evidence", in: path) == 0)
        #expect(try count("sentences", in: path) == 2)
    }

    @Test func `repeated lines merge as they would one at a time`() throws {
        let path = folder.file("repeated.sqlite")
        let first = relation(.memberOf, ana, club, line: "p1,g1,memberOf", start: 18)
        let attributed = Relation(
            kind: .memberOf, source: bo.id, target: club.id, attributes: ["since": "2019"],
            evidence: [Evidence(document: document.id, sentence: "p2,g1,memberOf,2019", start: 33, end: 52)])
        let items = [
            first, attributed,
            relation(.memberOf, bo, club, line: "p2,g1,memberOf", start: 53),
            relation(.memberOf, ana, club, line: "p1,g1,memberOf", start: 68),
        ]
        let store = try GraphStore(path: path)
        let summary = try store.load { sink in
            try sink.add(document)
            for entity in [ana, bo, club] { try sink.add(entity) }
            for relation in items { try sink.add(relation, origin: nil) }
        }
        #expect(summary.relationsAdded == 2)
        #expect(summary.relationsMerged == 2)
        #expect(try store.snapshot() == draft(items))
        #expect(try count("line_evidence", in: path) == 1, "only the first line of a relation is kept as its place")
        #expect(try count("sentences", in: path) == 3)
        let memberships = try store.relations(of: ana.id).filter { $0.kind == .memberOf && $0.source == ana.id }
        #expect(memberships.first?.evidence.map(\.start).sorted() == [18, 68])
    }

    @Test func `merging two entities keeps the lines as they were written`() throws {
        let path = folder.file("merged.sqlite")
        let store = try GraphStore(path: path)
        try load(
            draft([
                relation(.memberOf, ana, club, line: "p1,g1,memberOf", start: 18),
                relation(.memberOf, bo, club, line: "p2,g1,memberOf", start: 33),
            ]), into: store)
        try store.merge(GraphDraft(), corrections: [.same("Ana Ruiz", "Bo Lind")])
        let memberships = try store.relations(of: ana.id).filter { $0.kind == .memberOf }
        #expect(memberships.count == 1)
        #expect(memberships.first?.evidence.map(\.sentence) == ["p1,g1,memberOf", "p2,g1,memberOf"])
        #expect(try count("line_evidence", in: path) == 1, "the moved relation's line became a sentence")
    }

    @Test func `a store made before line evidence is read, then upgraded by a build`() throws {
        let path = folder.file("old.sqlite")
        let old = draft([relation(.memberOf, ana, club, line: "Ana Ruiz is in the Chess Club.", start: 0)])
        try GraphStore(path: path).merge(old)
        let database = try DatabaseQueue(path: path)
        try database.write { db in
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v4-line-evidence'")
            try db.execute(sql: "DROP TABLE line_evidence")
        }
        try database.close()

        let reader = try GraphStore(path: path, access: .readOnly)
        #expect(try reader.snapshot() == old)
        #expect(try reader.statistics().evidence == 1)

        _ = try GraphStore(path: path, access: .readWrite)
        #expect(try count("line_evidence", in: path) == 0)
    }
}
