import Dossier
import DossierStore
import DossierTestSupport
import GRDB
import Testing

/// Merges and loads run with SQLite's foreign-key checks off; the
/// corrections delete what cascades would have, so no row is left pointing
/// at nothing.
@Suite struct ForeignKeyTests {
    let folder = TemporaryFolder()

    func draft() -> GraphDraft {
        var draft = GraphDraft()
        let document = Document(id: DocumentID(rawValue: "doc1"), title: "Doc", path: "doc.txt")
        draft.add(document)
        let mayor = Entity(kind: .person, name: "Lena Vik", aliases: ["Vik"])
        let office = Entity(kind: .office, name: "Mayor of Bergen")
        let deputy = Entity(kind: .person, name: "L. Vik")
        let city = Entity(kind: .place, name: "Bergen")
        for entity in [mayor, office, deputy, city] { draft.add(entity) }
        let evidence = Evidence(document: document.id, sentence: "Mayor Lena Vik spoke.", start: 0, end: 21)
        draft.add(Relation(kind: .holds, source: mayor.id, target: office.id, evidence: [evidence]))
        draft.add(Relation(kind: .holds, source: deputy.id, target: office.id, evidence: [evidence]))
        draft.add(Relation(kind: .locatedIn, source: office.id, target: city.id, evidence: [evidence]))
        draft.add(Relation(kind: .associateOf, source: mayor.id, target: deputy.id, evidence: [evidence]))
        return draft
    }

    @Test func `corrections leave no relation, alias or evidence row pointing at nothing`() throws {
        let path = folder.file("s.sqlite")
        let store = try GraphStore(path: path)
        try store.merge(
            draft(),
            corrections: [
                .same("Lena Vik", "L. Vik"), .drop("Bergen"),
                .dropRelation(kind: .holds, source: "Lena Vik", target: "Mayor of Bergen"),
            ])
        let database = try DatabaseQueue(path: path)
        let (broken, relations, evidence, entities, aliases) = try database.read { db in
            (
                try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM relations"),
                try Int.fetchOne(db, sql: "SELECT count(*) FROM evidence"),
                try Int.fetchOne(db, sql: "SELECT count(*) FROM entities"),
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM aliases WHERE entity NOT IN (SELECT number FROM entities)")
            )
        }
        #expect(broken == 0)
        // Every relation is gone: the holds dropped, locatedIn with Bergen, the associateOf
        // and the second holds folded by `same` into a self-loop or the dropped one.
        #expect(relations == 0)
        #expect(evidence == 0)
        #expect(entities == 2)
        #expect(aliases == 0)
    }
}
