public import Dossier
import Foundation
import GRDB

extension GraphStore {
    /// Counts that describe a store.
    public struct Statistics: Hashable, Sendable, Codable {
        /// Entities by kind (every kind present, zero where none).
        public var entities: [String: Int]
        /// Relations by kind (only kinds present).
        public var relations: [String: Int]
        /// Number of documents.
        public var documents: Int
        /// Number of evidence links.
        public var evidence: Int
        /// Size of the store file on disk, in bytes, with its WAL.
        public var bytes: Int
    }

    // MARK: - Entities

    /// Entities of a kind and/or whose name or an alias contains `text`
    /// (case-insensitively), sorted by id.
    /// - Complexity: a scan of the entities table when `text` is given.
    public func entities(
        kind: EntityKind? = nil, matching text: String? = nil, limit: Int? = nil
    ) throws(StoreError)
        -> [Entity]
    {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let kind {
            conditions.append("kind = ?")
            _ = arguments.append(contentsOf: [kind.rawValue])
        }
        if let text, !text.isEmpty {
            let pattern = "%" + Self.escapeLike(text) + "%"
            conditions.append(
                "(name LIKE ? ESCAPE '\\' OR number IN (SELECT entity FROM aliases WHERE alias LIKE ? ESCAPE '\\'))")
            _ = arguments.append(contentsOf: [pattern, pattern])
        }
        var sql = "SELECT number, id, kind, name, attributes FROM entities"
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY id"
        if let limit { sql += " LIMIT \(limit)" }
        return try read { db in try Self.loadEntities(db, sql: sql, arguments: arguments) }
    }

    /// The entity with this id, if the store holds it.
    /// - Complexity: O(log *n*).
    public func entity(_ id: EntityID) throws(StoreError) -> Entity? {
        try read { db in
            try Self.loadEntities(
                db, sql: "SELECT number, id, kind, name, attributes FROM entities WHERE id = ?",
                arguments: [id.rawValue]
            ).first
        }
    }

    /// The one entity that `name` names: an id, a name or an alias, compared
    /// without regard to case; failing those, an id without its kind
    /// ("p123", as a CSV nodes file writes it, for `person/p123`); failing
    /// that, one word that is the last name of exactly one person.
    ///
    /// - Throws: ``StoreError/lookup(_:)`` with ``GraphError/noSuchEntity(name:suggestions:)``
    ///   (and the closest names) or ``GraphError/ambiguousName(name:matches:)``.
    /// - Complexity: O(log *n*) when the name matches; a scan for suggestions when not.
    public func resolve(_ name: String) throws(StoreError) -> Entity {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        let matches: [Entity] = try read { db in
            if let id = EntityID(rawValue: trimmed),
                let entity = try Self.loadEntities(
                    db, sql: "SELECT number, id, kind, name, attributes FROM entities WHERE id = ?",
                    arguments: [id.rawValue]
                ).first
            {
                return [entity]
            }
            return try Self.loadEntities(
                db,
                sql: """
                    SELECT number, id, kind, name, attributes FROM entities
                    WHERE name = ? COLLATE NOCASE
                       OR number IN (SELECT entity FROM aliases WHERE alias = ? COLLATE NOCASE)
                    ORDER BY id
                    """, arguments: [trimmed, trimmed])
        }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 { throw .lookup(.ambiguousName(name: trimmed, matches: matches)) }
        // The id without its kind is an index seek; the last name a scan, so it comes last.
        let bySlug = try entities(withSlug: trimmed)
        if bySlug.count == 1 { return bySlug[0] }
        if bySlug.count > 1 { throw .lookup(.ambiguousName(name: trimmed, matches: bySlug)) }
        let bySurname = try people(withLastName: trimmed)
        if bySurname.count == 1 { return bySurname[0] }
        if bySurname.count > 1 { throw .lookup(.ambiguousName(name: trimmed, matches: bySurname)) }
        throw .lookup(.noSuchEntity(name: trimmed, suggestions: try suggestions(for: trimmed)))
    }

    /// The entities whose id is `kind/slug` of `text` for some kind: the id
    /// a CSV nodes file wrote without its kind ("p123" for `person/p123`).
    private func entities(withSlug text: String) throws(StoreError) -> [Entity] {
        guard !text.contains("/"), !text.isEmpty else { return [] }
        let ids = EntityKind.allCases.map { EntityID(kind: $0, name: text).rawValue }
        return try read { db in
            try Self.loadEntities(
                db,
                sql: "SELECT number, id, kind, name, attributes FROM entities WHERE id IN ("
                    + ids.map { _ in "?" }.joined(separator: ", ") + ") ORDER BY id",
                arguments: StatementArguments(ids))
        }
    }

    /// The people whose name ends in the one word `word` ("Lowell" for "Ana
    /// Lowell"), as news refers to them after the first mention; none for a
    /// phrase of several words.
    private func people(withLastName word: String) throws(StoreError) -> [Entity] {
        guard word.count >= 2, !word.contains(where: \.isWhitespace) else { return [] }
        return try read { db in
            try Self.loadEntities(
                db,
                sql: """
                    SELECT number, id, kind, name, attributes FROM entities
                    WHERE kind = 'person' AND name LIKE ? ESCAPE '\\'
                    ORDER BY id LIMIT 20
                    """, arguments: ["% " + Self.escapeLike(word)])
        }
    }

    private func suggestions(for name: String) throws(StoreError) -> [String] {
        let words = name.split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { $0.count >= 3 }
        let candidates: [String] = try read { db in
            var found: [String] = []
            for word in words.prefix(4) {
                let pattern = "%" + Self.escapeLike(String(word.prefix(4))) + "%"
                found += try String.fetchAll(
                    db, sql: "SELECT name FROM entities WHERE name LIKE ? ESCAPE '\\' LIMIT 500", arguments: [pattern])
                found += try String.fetchAll(
                    db, sql: "SELECT alias FROM aliases WHERE alias LIKE ? ESCAPE '\\' LIMIT 500", arguments: [pattern])
            }
            if found.isEmpty {
                found = try String.fetchAll(db, sql: "SELECT name FROM entities LIMIT 2000")
            }
            return found
        }
        return NameMatching.closest(to: name, among: candidates)
    }

    // MARK: - Relations and documents

    /// Every relation that starts or ends at the entity, with its evidence,
    /// sorted by id.
    /// - Complexity: O(*d* log *m*) for the entity's degree *d*.
    public func relations(of id: EntityID) throws(StoreError) -> [Relation] {
        try read { db in
            guard
                let number = try Int64.fetchOne(
                    db, sql: "SELECT number FROM entities WHERE id = ?", arguments: [id.rawValue])
            else { return [] }
            return try Self.loadRelations(
                db, where: "r.source = ?1 OR r.target = ?1", arguments: [number]
            ).sorted { $0.key < $1.key }
        }
    }

    /// Every document, sorted by id.
    public func documents() throws(StoreError) -> [Document] {
        try read { db in try Self.loadDocuments(db) }
    }

    /// Everything in the store as one draft, for export.
    /// - Complexity: O(*n* + *m*) reads of the whole store.
    public func snapshot() throws(StoreError) -> GraphDraft {
        try read { db in
            var draft = GraphDraft()
            for document in try Self.loadDocuments(db) { draft.add(document) }
            for entity in try Self.loadEntities(
                db, sql: "SELECT number, id, kind, name, attributes FROM entities", arguments: [])
            {
                draft.add(entity)
            }
            for relation in try Self.loadRelations(db, where: nil, arguments: []) { draft.add(relation) }
            return draft
        }
    }

    /// Counts by kind, documents, evidence and the file's size.
    public func statistics() throws(StoreError) -> Statistics {
        let counts = try read { db in
            var entities = Dictionary(uniqueKeysWithValues: EntityKind.allCases.map { ($0.rawValue, 0) })
            for row in try Row.fetchAll(db, sql: "SELECT kind, count(*) AS n FROM entities GROUP BY kind") {
                entities[row["kind"]] = row["n"]
            }
            var relations: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT kind, count(*) AS n FROM relations GROUP BY kind") {
                relations[row["kind"]] = row["n"]
            }
            let documents = try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0
            var evidence = try Int.fetchOne(db, sql: "SELECT count(*) FROM evidence") ?? 0
            if try db.tableExists(LineEvidence.table) {
                evidence += try Int.fetchOne(db, sql: "SELECT count(*) FROM line_evidence") ?? 0
            }
            return (entities, relations, documents, evidence)
        }
        var bytes = 0
        for suffix in ["", "-wal"] {
            let attributes = try? FileManager.default.attributesOfItem(atPath: path + suffix)
            bytes += (attributes?[.size] as? NSNumber)?.intValue ?? 0
        }
        return Statistics(
            entities: counts.0, relations: counts.1, documents: counts.2, evidence: counts.3, bytes: bytes)
    }

    // MARK: - Row loading

    static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }

    static func loadEntities(_ db: Database, sql: String, arguments: StatementArguments) throws -> [Entity] {
        let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
        guard !rows.isEmpty else { return [] }
        var aliases: [Int64: [String]] = [:]
        if rows.count > 500 {
            for row in try Row.fetchAll(db, sql: "SELECT entity, alias FROM aliases") {
                aliases[row["entity"], default: []].append(row["alias"])
            }
        } else {
            let statement = try db.cachedStatement(sql: "SELECT alias FROM aliases WHERE entity = ?")
            for row in rows {
                let number: Int64 = row["number"]
                aliases[number] = try String.fetchAll(statement, arguments: [number])
            }
        }
        return rows.compactMap { row in
            let kindText: String = row["kind"]
            guard let kind = EntityKind(rawValue: kindText), let id = EntityID(rawValue: row["id"]) else { return nil }
            let number: Int64 = row["number"]
            return Entity(
                id: id, kind: kind, name: row["name"], aliases: aliases[number] ?? [],
                attributes: AttributeCoding.decode(row["attributes"]))
        }
    }

    /// Relations with their end ids and evidence; `condition` filters on
    /// the relations table, aliased `r`.
    static func loadRelations(
        _ db: Database, where condition: String?, arguments: StatementArguments
    ) throws
        -> [Relation]
    {
        var sql = """
            SELECT r.number, r.kind, s.id AS source, t.id AS target, r.attributes
            FROM relations r JOIN entities s ON s.number = r.source JOIN entities t ON t.number = r.target
            """
        if let condition { sql += " WHERE " + condition }
        let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
        var evidence: [Int64: [Evidence]] = [:]
        let evidenceSQL = """
            SELECT e.relation, d.id AS document, s.text, s.start, s."end"
            FROM evidence e JOIN sentences s ON s.number = e.sentence JOIN documents d ON d.number = s.document
            """
        func collect(_ evidenceRows: [Row]) {
            for row in evidenceRows {
                evidence[row["relation"], default: []].append(
                    Evidence(
                        document: DocumentID(rawValue: row["document"]), sentence: row["text"], start: row["start"],
                        end: row["end"]))
            }
        }
        let everything = condition == nil || rows.count > 500
        if everything {
            collect(try Row.fetchAll(db, sql: evidenceSQL))
        } else {
            let statement = try db.cachedStatement(sql: evidenceSQL + " WHERE e.relation = ?")
            for row in rows {
                let number: Int64 = row["number"]
                collect(try Row.fetchAll(statement, arguments: [number]))
            }
        }
        let lines = try lineRows(db, for: everything ? nil : rows.map { $0["number"] })
        return rows.compactMap { row in
            let kindText: String = row["kind"]
            guard let kind = RelationKind(rawValue: kindText), let source = EntityID(rawValue: row["source"]),
                let target = EntityID(rawValue: row["target"])
            else { return nil }
            let number: Int64 = row["number"]
            var items = evidence[number] ?? []
            if let line = lines[number] {
                items.append(
                    LineEvidence.evidence(
                        document: line.document, start: line.start, reversed: line.reversed, source: source,
                        target: target, kind: kind))
            }
            return Relation(
                kind: kind, source: source, target: target, attributes: AttributeCoding.decode(row["attributes"]),
                evidence: items)
        }
    }

    /// The line evidence of the relations numbered `numbers` (of all, when
    /// `nil`), by relation number; none in a store made before the table.
    private static func lineRows(
        _ db: Database, for numbers: [Int64]?
    ) throws -> [Int64: (document: DocumentID, start: Int, reversed: Bool)] {
        guard try db.tableExists(LineEvidence.table) else { return [:] }
        let sql = """
            SELECT l.relation, d.id AS document, l.start, l.reversed
            FROM line_evidence l JOIN documents d ON d.number = l.document
            """
        var found: [Int64: (document: DocumentID, start: Int, reversed: Bool)] = [:]
        func collect(_ rows: [Row]) {
            for row in rows {
                found[row["relation"]] = (DocumentID(rawValue: row["document"]), row["start"], row["reversed"])
            }
        }
        if let numbers {
            let statement = try db.cachedStatement(sql: sql + " WHERE l.relation = ?")
            for number in numbers { collect(try Row.fetchAll(statement, arguments: [number])) }
        } else {
            collect(try Row.fetchAll(db, sql: sql))
        }
        return found
    }

    static func loadDocuments(_ db: Database) throws -> [Document] {
        try Row.fetchAll(db, sql: "SELECT id, title, path, date FROM documents ORDER BY id").map { row in
            Document(id: DocumentID(rawValue: row["id"]), title: row["title"], path: row["path"], date: row["date"])
        }
    }
}
