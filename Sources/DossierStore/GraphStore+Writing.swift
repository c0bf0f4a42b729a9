public import Dossier
import Foundation
import GRDB

extension GraphStore {
    /// What a build added to the store.
    public struct MergeSummary: Hashable, Sendable {
        /// Documents new to the store.
        public var documentsAdded = 0
        /// Entities new to the store.
        public var entitiesAdded = 0
        /// Entities that were there and took on new names, aliases or attributes.
        public var entitiesMerged = 0
        /// Relations new to the store.
        public var relationsAdded = 0
        /// Relations that were there and gained evidence or attributes.
        public var relationsMerged = 0
        /// Kept corrections whose names matched nothing in the store.
        public var unmatchedCorrections: [GraphCorrection] = []

        /// A summary of a build that changed nothing.
        public init() {}
    }

    /// The ids of every document in the store, read in one query, for a
    /// build to tell which of its files were built before.
    public func documentIDs() throws(StoreError) -> Set<DocumentID> {
        try read { db in
            var found = Set<DocumentID>()
            let rows = try String.fetchCursor(db, sql: "SELECT id FROM documents")
            while let raw = try rows.next() {
                found.insert(DocumentID(rawValue: raw))
            }
            return found
        }
    }

    /// Adds a draft in one transaction, following the graph's merge rules:
    /// same entity id → one entity; same relation key → one relation with
    /// evidence united.
    ///
    /// - Parameter origins: where each relation was declared (`path:line`),
    ///   for the error about a relation to an unknown entity.
    /// - Throws: ``StoreError``; when it throws, nothing was written.
    /// - Complexity: O(*n* log *N*) index look-ups for *n* items in the draft
    ///   and *N* in the store.
    /// - Parameter corrections: corrections from facts files to keep and
    ///   apply; every correction kept earlier is applied again after the merge.
    @discardableResult
    public func merge(
        _ draft: GraphDraft, origins: [RelationKey: String] = [:], corrections: [GraphCorrection] = [],
        correctionSource: String = ""
    ) throws(StoreError) -> MergeSummary {
        do {
            return try writeInBulk { db in
                var summary = MergeSummary()
                try db.inTransaction(.immediate) {
                    summary = try Writer(db: db).merge(draft, origins: origins)
                    summary.unmatchedCorrections = try CorrectionWriter(db: db).apply(
                        corrections, source: correctionSource)
                    return .commit
                }
                return summary
            }
        } catch {
            throw Self.wrap(error, path: path, busyTimeout: busyTimeout)
        }
    }
}

/// The statements of one merge, inside its transaction.
struct Writer {
    let db: Database
    /// Whether the store was empty when the build began: entities are then
    /// inserted before they are looked up.
    var fresh = false

    func merge(_ draft: GraphDraft, origins: [RelationKey: String]) throws -> GraphStore.MergeSummary {
        var summary = GraphStore.MergeSummary()
        var documentNumbers: [DocumentID: Int64] = [:]
        var newDocuments = Set<Int64>()
        for document in draft.sortedDocuments {
            let (number, added) = try upsertDocument(document)
            documentNumbers[document.id] = number
            if added {
                summary.documentsAdded += 1
                newDocuments.insert(number)
            }
        }
        var sentencesOfNewDocuments: [SentenceKey: Int64] = [:]
        var entityNumbers: [EntityID: Int64] = [:]
        entityNumbers.reserveCapacity(draft.entities.count)
        for entity in draft.entities.values {
            let (number, change) = try upsertEntity(entity)
            entityNumbers[entity.id] = number
            switch change {
            case .added: summary.entitiesAdded += 1
            case .merged: summary.entitiesMerged += 1
            case .unchanged: break
            }
        }
        let findEntity = try db.cachedStatement(sql: "SELECT number FROM entities WHERE id = ?")
        func number(of id: EntityID, in relation: Relation) throws -> Int64 {
            if let number = entityNumbers[id] { return number }
            if let number = try Int64.fetchOne(findEntity, arguments: [id.rawValue]) {
                entityNumbers[id] = number
                return number
            }
            throw StoreError.danglingRelation(relation: relation.id, missing: id, origin: origins[relation.key])
        }
        for relation in draft.relations.values {
            let source = try number(of: relation.source, in: relation)
            let target = try number(of: relation.target, in: relation)
            let (relationNumber, change) = try upsertRelation(relation, source: source, target: target)
            var gained = false
            for item in relation.evidence {
                let document = try documentNumbers[item.document] ?? documentNumber(item.document)
                gained =
                    try addEvidence(
                        item, document: document, relation: relationNumber,
                        isNewDocument: newDocuments.contains(document),
                        known: &sentencesOfNewDocuments) || gained
            }
            switch change {
            case .added: summary.relationsAdded += 1
            case .merged: summary.relationsMerged += 1
            case .unchanged: if gained { summary.relationsMerged += 1 }
            }
        }
        return summary
    }

    enum Change { case added, merged, unchanged }

    // MARK: - Documents

    func upsertDocument(_ document: Document) throws -> (Int64, Bool) {
        let find = try db.cachedStatement(sql: "SELECT number FROM documents WHERE id = ?")
        if let number = try Int64.fetchOne(find, arguments: [document.id.rawValue]) { return (number, false) }
        let insert = try db.cachedStatement(sql: "INSERT INTO documents (id, title, path, date) VALUES (?, ?, ?, ?)")
        try insert.execute(arguments: [document.id.rawValue, document.title, document.path, document.date])
        return (db.lastInsertedRowID, true)
    }

    func documentNumber(_ id: DocumentID) throws -> Int64 {
        let find = try db.cachedStatement(sql: "SELECT number FROM documents WHERE id = ?")
        guard let number = try Int64.fetchOne(find, arguments: [id.rawValue]) else {
            throw StoreError.database(
                path: db.description,
                message: "evidence names document \(id), which is neither in the build nor in the store")
        }
        return number
    }

    // MARK: - Entities

    func upsertEntity(_ entity: Entity) throws -> (Int64, Change) {
        if fresh {
            let insert = try db.cachedStatement(
                sql: "INSERT OR IGNORE INTO entities (id, kind, name, attributes) VALUES (?, ?, ?, ?)")
            try insert.execute(arguments: [
                entity.id.rawValue, entity.kind.rawValue, entity.name, AttributeCoding.encode(entity.attributes),
            ])
            if db.changesCount > 0 {
                let number = db.lastInsertedRowID
                try insertAliases(entity.aliases, entity: number)
                return (number, .added)
            }
        }
        let find = try db.cachedStatement(sql: "SELECT number, name, attributes FROM entities WHERE id = ?")
        guard let row = try Row.fetchOne(find, arguments: [entity.id.rawValue]) else {
            let insert = try db.cachedStatement(
                sql: "INSERT INTO entities (id, kind, name, attributes) VALUES (?, ?, ?, ?)")
            try insert.execute(arguments: [
                entity.id.rawValue, entity.kind.rawValue, entity.name, AttributeCoding.encode(entity.attributes),
            ])
            let number = db.lastInsertedRowID
            try insertAliases(entity.aliases, entity: number)
            return (number, .added)
        }
        let number: Int64 = row["number"]
        let aliasRows = try db.cachedStatement(sql: "SELECT alias FROM aliases WHERE entity = ?")
        var stored = Entity(
            id: entity.id, kind: entity.kind, name: row["name"],
            aliases: try String.fetchAll(aliasRows, arguments: [number]),
            attributes: AttributeCoding.decode(row["attributes"]))
        let before = stored
        stored.merge(entity)
        guard stored != before else { return (number, .unchanged) }
        let update = try db.cachedStatement(sql: "UPDATE entities SET name = ?, attributes = ? WHERE number = ?")
        try update.execute(arguments: [stored.name, AttributeCoding.encode(stored.attributes), number])
        try db.cachedStatement(sql: "DELETE FROM aliases WHERE entity = ?").execute(arguments: [number])
        try insertAliases(stored.aliases, entity: number)
        return (number, .merged)
    }

    func insertAliases(_ aliases: [String], entity: Int64) throws {
        guard !aliases.isEmpty else { return }
        let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO aliases (entity, alias) VALUES (?, ?)")
        for alias in aliases {
            try insert.execute(arguments: [entity, alias])
        }
    }

    // MARK: - Relations

    func upsertRelation(_ relation: Relation, source: Int64, target: Int64) throws -> (Int64, Change) {
        let key = relation.key
        let insert = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO relations (kind, source, target, role, attributes) VALUES (?, ?, ?, ?, ?)")
        try insert.execute(arguments: [
            key.kind.rawValue, source, target, key.role, AttributeCoding.encode(relation.attributes),
        ])
        if db.changesCount > 0 { return (db.lastInsertedRowID, .added) }
        let find = try db.cachedStatement(
            sql: "SELECT number, attributes FROM relations WHERE source = ? AND target = ? AND kind = ? AND role = ?")
        guard let row = try Row.fetchOne(find, arguments: [source, target, key.kind.rawValue, key.role]) else {
            throw StoreError.database(path: "", message: "a relation could neither be added nor found")
        }
        let number: Int64 = row["number"]
        let before = AttributeCoding.decode(row["attributes"])
        let attributes = Relation.mergedAttributes(before, relation.attributes)
        guard attributes != before else { return (number, .unchanged) }
        let update = try db.cachedStatement(sql: "UPDATE relations SET attributes = ? WHERE number = ?")
        try update.execute(arguments: [AttributeCoding.encode(attributes), number])
        return (number, .merged)
    }

    /// A sentence's place and text, to find it again within one build.
    struct SentenceKey: Hashable {
        var document: Int64
        var start: Int
        var end: Int
        var text: String
    }

    /// Links a relation to a sentence, adding the sentence when new; returns
    /// whether the link is new. Sentences of documents new to this build
    /// are looked up in memory, not in the store.
    func addEvidence(
        _ item: Evidence, document: Int64, relation: Int64, isNewDocument: Bool, known: inout [SentenceKey: Int64]
    ) throws -> Bool {
        let key = SentenceKey(document: document, start: item.start, end: item.end, text: item.sentence)
        let sentence: Int64
        if let number = known[key] {
            sentence = number
        } else if !isNewDocument,
            let number = try Int64.fetchOne(
                try db.cachedStatement(
                    sql: "SELECT number FROM sentences WHERE document = ? AND start = ? AND \"end\" = ? AND text = ?"),
                arguments: [document, item.start, item.end, item.sentence])
        {
            sentence = number
        } else {
            let insert = try db.cachedStatement(
                sql: "INSERT INTO sentences (document, start, \"end\", text) VALUES (?, ?, ?, ?)")
            try insert.execute(arguments: [document, item.start, item.end, item.sentence])
            sentence = db.lastInsertedRowID
            if isNewDocument { known[key] = sentence }
        }
        let link = try db.cachedStatement(sql: "INSERT OR IGNORE INTO evidence (relation, sentence) VALUES (?, ?)")
        try link.execute(arguments: [relation, sentence])
        return db.changesCount > 0
    }
}

extension GraphStore {
    /// Loads documents, entities and relations that `body` hands to the
    /// sink, in one transaction: when `body` or the store fails, nothing is
    /// written. Kept corrections are applied after the load.
    ///
    /// - Throws: what `body` throws, or a ``StoreError``.
    /// - Complexity: O(*k* log *N*) index work for *k* items into a store of *N*; memory holds
    ///   one number per entity, not the items.
    @discardableResult
    public func load(_ body: (inout BulkSink) throws -> Void) throws -> MergeSummary {
        do {
            return try writeInBulk { db in
                var summary = MergeSummary()
                try db.inTransaction(.immediate) {
                    // Into an empty store, secondary indexes are made once at the end
                    // instead of kept up to date row by row.
                    let fresh = try Int.fetchOne(db, sql: "SELECT count(*) FROM entities") == 0
                    if fresh {
                        for (name, _) in StoreSchema.secondaryIndexes {
                            try db.execute(sql: "DROP INDEX IF EXISTS \(name)")
                        }
                    }
                    var sink = BulkSink(writer: Writer(db: db, fresh: fresh))
                    try body(&sink)
                    try sink.writePlainLines()
                    if fresh {
                        for (_, definition) in StoreSchema.secondaryIndexes { try db.execute(sql: definition) }
                    }
                    summary = sink.summary
                    summary.unmatchedCorrections = try CorrectionWriter(db: db).apply([], source: "")
                    return .commit
                }
                return summary
            }
        } catch let error as DatabaseError {
            throw Self.wrap(error, path: path, busyTimeout: busyTimeout)
        }
    }
}

extension GraphStore {
    /// Runs a build's writes outside GRDB's own transaction (the caller
    /// opens one), with a large page cache and SQLite's foreign-key checks
    /// off: the writer finds every relation's ends itself and makes evidence
    /// rows from numbers it has just written, so SQLite checking each
    /// reference again is work done twice. The checks are back on after.
    func writeInBulk<T>(_ body: (Database) throws -> T) throws -> T {
        try database.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA cache_size = -262144")
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
            return try body(db)
        }
    }
}
