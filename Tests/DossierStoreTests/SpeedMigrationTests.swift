import Dossier
import DossierStore
import DossierTestSupport
import GRDB
import Testing

/// A store made before the index by target covered the incoming steps is
/// still read as it is, and brought up to date by the next write.
@Suite struct SpeedMigrationTests {
    let folder = TemporaryFolder()

    @Test func `a store without the covering index is read, then upgraded by a build`() throws {
        let path = folder.file("old.sqlite")
        var draft = GraphDraft()
        let one = Entity(kind: .person, name: "Ana Ruiz")
        let two = Entity(kind: .person, name: "Bo Lind")
        draft.add(one)
        draft.add(two)
        draft.add(Relation(kind: .associateOf, source: one.id, target: two.id))
        try GraphStore(path: path).merge(draft)
        let database = try DatabaseQueue(path: path)
        try database.write { db in
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v3-incoming-steps'")
            try db.execute(sql: "DROP INDEX relations_by_target")
            try db.execute(sql: "CREATE INDEX relations_by_target ON relations(target)")
        }
        try database.close()

        let reader = try GraphStore(path: path, access: .readOnly)
        let around = try reader.neighbourhoodGraph(of: two.id, depth: 1)
        #expect(around.entities.count == 2)

        _ = try GraphStore(path: path, access: .readWrite)
        let definition = try DatabaseQueue(path: path).read { db in
            try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'relations_by_target'")
        }
        #expect(definition == "CREATE INDEX relations_by_target ON relations(target, source, kind)")
    }
}
