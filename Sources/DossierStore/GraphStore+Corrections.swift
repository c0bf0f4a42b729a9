public import Dossier
import Foundation
import GRDB

extension GraphStore {
    /// Corrections kept in the store, in the order they were first given.
    public func corrections() throws(StoreError) -> [GraphCorrection] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT correction FROM corrections ORDER BY number").compactMap {
                try? JSONDecoder().decode(GraphCorrection.self, from: Data($0.utf8))
            }
        }
    }
}

/// Applies corrections inside a merge's transaction.
struct CorrectionWriter {
    let db: Database

    /// Keeps the new corrections and applies every kept one; returns those
    /// whose names matched nothing yet.
    func apply(_ new: [GraphCorrection], source: String) throws -> [GraphCorrection] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for correction in new {
            let text = String(decoding: try encoder.encode(correction), as: UTF8.self)
            try db.execute(
                sql: "INSERT OR IGNORE INTO corrections (correction, source) VALUES (?, ?)", arguments: [text, source])
        }
        var unmatched: [GraphCorrection] = []
        for text in try String.fetchAll(db, sql: "SELECT correction FROM corrections ORDER BY number") {
            guard let correction = try? JSONDecoder().decode(GraphCorrection.self, from: Data(text.utf8)) else {
                continue
            }
            if try !apply(correction) { unmatched.append(correction) }
        }
        return unmatched
    }

    /// The entity number a name, alias or id names, when exactly one does.
    func number(of name: String) throws -> Int64? {
        let numbers = try Int64.fetchAll(
            db,
            sql: """
                SELECT number FROM entities WHERE id = ?1 OR name = ?1 COLLATE NOCASE
                UNION SELECT entity FROM aliases WHERE alias = ?1 COLLATE NOCASE
                """, arguments: [name])
        return numbers.count == 1 ? numbers[0] : nil
    }

    /// Deletes relations and their evidence links. Spelled out rather than
    /// left to `ON DELETE CASCADE`, because a bulk load runs with SQLite's
    /// foreign-key checks off.
    private func deleteRelations(where condition: String, _ arguments: StatementArguments) throws {
        try db.execute(
            sql: "DELETE FROM evidence WHERE relation IN (SELECT number FROM relations WHERE \(condition))",
            arguments: arguments)
        try db.execute(
            sql: "DELETE FROM line_evidence WHERE relation IN (SELECT number FROM relations WHERE \(condition))",
            arguments: arguments)
        try db.execute(sql: "DELETE FROM relations WHERE \(condition)", arguments: arguments)
    }

    /// Deletes an entity with its aliases and relations (see ``deleteRelations(where:_:)``).
    private func deleteEntity(_ number: Int64) throws {
        try deleteRelations(where: "source = ?1 OR target = ?1", [number])
        try db.execute(sql: "DELETE FROM aliases WHERE entity = ?", arguments: [number])
        try db.execute(sql: "DELETE FROM entities WHERE number = ?", arguments: [number])
    }

    /// Applies one correction; false when its names match nothing (yet).
    private func apply(_ correction: GraphCorrection) throws -> Bool {
        switch correction {
        case .different(let first, let second):
            guard let keep = try number(of: first) else { return false }
            guard let other = try number(of: second) else { return false }
            guard keep == other else { return true }
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT kind, name FROM entities WHERE number = ?", arguments: [keep])
            else {
                return false
            }
            let kind: String = row["kind"]
            let name: String = row["name"]
            let split = name.caseInsensitiveCompare(second) == .orderedSame ? first : second
            try db.execute(
                sql: "DELETE FROM aliases WHERE entity = ? AND alias = ? COLLATE NOCASE", arguments: [keep, split])
            if name.caseInsensitiveCompare(split) == .orderedSame { return true }
            guard let entityKind = EntityKind(rawValue: kind) else { return false }
            var id = EntityID(kind: entityKind, name: split).rawValue
            var suffix = 2
            while try Bool.fetchOne(db, sql: "SELECT 1 FROM entities WHERE id = ?", arguments: [id]) ?? false {
                id = EntityID(kind: entityKind, name: split).rawValue + "-\(suffix)"
                suffix += 1
            }
            try db.execute(
                sql: "INSERT INTO entities (id, kind, name, attributes) VALUES (?, ?, ?, '{}')",
                arguments: [id, kind, split])
        case .drop(let name):
            guard let entity = try number(of: name) else { return false }
            try deleteEntity(entity)
        case .dropRelation(let kind, let source, let target):
            guard let from = try number(of: source), let to = try number(of: target) else { return false }
            try deleteRelations(
                where: "kind = ? AND ((source = ? AND target = ?) OR (source = ? AND target = ?))",
                [kind.rawValue, from, to, to, from])
        case .rename(let from, let to):
            guard let entity = try number(of: from) else { return try number(of: to) != nil }
            let old =
                try String.fetchOne(db, sql: "SELECT name FROM entities WHERE number = ?", arguments: [entity]) ?? from
            try db.execute(sql: "UPDATE entities SET name = ? WHERE number = ?", arguments: [to, entity])
            try db.execute(
                sql: "INSERT OR IGNORE INTO aliases (entity, alias) VALUES (?, ?)", arguments: [entity, old])
            try db.execute(sql: "DELETE FROM aliases WHERE entity = ? AND alias = ?", arguments: [entity, to])
        case .same(let first, let second):
            guard let keep = try number(of: first), let gone = try number(of: second) else { return false }
            guard keep != gone else { return true }
            let goneName =
                try String.fetchOne(db, sql: "SELECT name FROM entities WHERE number = ?", arguments: [gone]) ?? second
            try db.execute(
                sql: "INSERT OR IGNORE INTO aliases (entity, alias) SELECT ?, alias FROM aliases WHERE entity = ?",
                arguments: [keep, gone])
            try db.execute(
                sql: "INSERT OR IGNORE INTO aliases (entity, alias) VALUES (?, ?)", arguments: [keep, goneName])
            for row in try Row.fetchAll(
                db, sql: "SELECT number, kind, source, target, role FROM relations WHERE source = ?1 OR target = ?1",
                arguments: [gone])
            {
                let relation: Int64 = row["number"]
                // Its line is spelled from the ends it has now, before they change.
                try spellOutLineEvidence(of: relation)
                let source: Int64 = row["source"] == gone ? keep : row["source"]
                let target: Int64 = row["target"] == gone ? keep : row["target"]
                if source == target {
                    try deleteRelations(where: "number = ?", [relation])
                    continue
                }
                if let existing = try Int64.fetchOne(
                    db, sql: "SELECT number FROM relations WHERE source = ? AND target = ? AND kind = ? AND role = ?",
                    arguments: [source, target, row["kind"] as String, row["role"] as String])
                {
                    try db.execute(
                        sql:
                            "INSERT OR IGNORE INTO evidence (relation, sentence) SELECT ?, sentence FROM evidence WHERE relation = ?",
                        arguments: [existing, relation])
                    try deleteRelations(where: "number = ?", [relation])
                } else {
                    try db.execute(
                        sql: "UPDATE relations SET source = ?, target = ? WHERE number = ?",
                        arguments: [source, target, relation])
                }
            }
            try deleteEntity(gone)
        }
        return true
    }
}
