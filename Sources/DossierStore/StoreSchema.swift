import GRDB

/// The store's tables and their versions, applied with GRDB's migrator.
///
/// Entities, relations, documents and sentences have integer row numbers
/// that other tables refer to, so the file stays small at millions of
/// relations and adjacency look-ups are index seeks on integers.
enum StoreSchema {
    /// SQLite `application_id` that marks a Dossier store ("DOSS").
    static let applicationID: Int32 = 0x444F_5353

    /// Indexes that only speed up reading, by name, with their definitions;
    /// a bulk load into an empty store makes them once at its end.
    static let secondaryIndexes: [(String, String)] = [
        ("entities_by_name", "CREATE INDEX entities_by_name ON entities(name COLLATE NOCASE)"),
        ("entities_by_kind", "CREATE INDEX entities_by_kind ON entities(kind)"),
        ("aliases_by_alias", "CREATE INDEX aliases_by_alias ON aliases(alias COLLATE NOCASE)"),
        // Covers the incoming steps of a search (number, kind and source by target).
        ("relations_by_target", "CREATE INDEX relations_by_target ON relations(target, source, kind)"),
        ("sentences_by_place", "CREATE INDEX sentences_by_place ON sentences(document, start, \"end\")"),
    ]

    /// Migrations that a store can lack and still be read as it is (queries
    /// do not write): they only make reading faster, or add a table that
    /// readers look for first. The next build brings the store up to date.
    static let readerOptionalMigrations: Set<String> = ["v3-incoming-steps", "v4-line-evidence"]

    /// The migrator that brings a store up to this version's schema.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE documents (
                        number INTEGER PRIMARY KEY,
                        id TEXT NOT NULL UNIQUE,
                        title TEXT NOT NULL,
                        path TEXT NOT NULL,
                        date TEXT
                    );
                    CREATE TABLE entities (
                        number INTEGER PRIMARY KEY,
                        id TEXT NOT NULL UNIQUE,
                        kind TEXT NOT NULL,
                        name TEXT NOT NULL,
                        attributes TEXT NOT NULL DEFAULT '{}'
                    );
                    CREATE INDEX entities_by_name ON entities(name COLLATE NOCASE);
                    CREATE INDEX entities_by_kind ON entities(kind);
                    CREATE TABLE aliases (
                        entity INTEGER NOT NULL REFERENCES entities(number) ON DELETE CASCADE,
                        alias TEXT NOT NULL,
                        PRIMARY KEY (entity, alias)
                    ) WITHOUT ROWID;
                    CREATE INDEX aliases_by_alias ON aliases(alias COLLATE NOCASE);
                    CREATE TABLE relations (
                        number INTEGER PRIMARY KEY,
                        kind TEXT NOT NULL,
                        source INTEGER NOT NULL REFERENCES entities(number) ON DELETE CASCADE,
                        target INTEGER NOT NULL REFERENCES entities(number) ON DELETE CASCADE,
                        role TEXT NOT NULL DEFAULT '',
                        attributes TEXT NOT NULL DEFAULT '{}'
                    );
                    CREATE UNIQUE INDEX relations_by_source ON relations(source, target, kind, role);
                    CREATE INDEX relations_by_target ON relations(target);
                    CREATE TABLE sentences (
                        number INTEGER PRIMARY KEY,
                        document INTEGER NOT NULL REFERENCES documents(number),
                        start INTEGER NOT NULL,
                        "end" INTEGER NOT NULL,
                        text TEXT NOT NULL
                    );
                    CREATE INDEX sentences_by_place ON sentences(document, start, "end");
                    CREATE TABLE evidence (
                        relation INTEGER NOT NULL REFERENCES relations(number) ON DELETE CASCADE,
                        sentence INTEGER NOT NULL REFERENCES sentences(number),
                        PRIMARY KEY (relation, sentence)
                    ) WITHOUT ROWID;
                    """)
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        }
        migrator.registerMigration("v2-corrections") { db in
            try db.execute(
                sql:
                    "CREATE TABLE corrections (number INTEGER PRIMARY KEY, correction TEXT NOT NULL UNIQUE, source TEXT NOT NULL)"
            )
        }
        migrator.registerMigration("v3-incoming-steps") { db in
            // The index by target also holds each relation's source and kind, so
            // that the steps into a hub are read from the index alone.
            try db.execute(sql: "DROP INDEX IF EXISTS relations_by_target")
            try db.execute(sql: "CREATE INDEX relations_by_target ON relations(target, source, kind)")
        }
        migrator.registerMigration("v4-line-evidence") { db in
            // A CSV line that says only `source,target,kind` is kept as its
            // place; its text is spelled again from the relation (LineEvidence).
            try db.execute(
                sql: """
                    CREATE TABLE line_evidence (
                        relation INTEGER PRIMARY KEY REFERENCES relations(number) ON DELETE CASCADE,
                        document INTEGER NOT NULL REFERENCES documents(number),
                        start INTEGER NOT NULL,
                        reversed INTEGER NOT NULL DEFAULT 0
                    )
                    """)
        }
        return migrator
    }
}
