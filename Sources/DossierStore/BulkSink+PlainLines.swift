import Dossier
import GRDB

extension BulkSink {
    /// A relation that is one plain line of a new edges file, as numbers:
    /// 24 bytes, where the relation and its evidence would be hundreds.
    struct PlainLine: Comparable {
        var source: UInt32
        var target: UInt32
        /// Where the line starts in its file, in Unicode scalars.
        var start: Int64
        /// The position of the line's document in the sink's `lineDocuments`.
        var document: UInt16
        var kind: RelationKind
        /// Whether the line names the ends the other way round (a symmetric kind).
        var reversed: Bool

        /// Key order (source, target, kind), then the order of the lines, so
        /// that of two equal lines the earlier is written first.
        static func < (left: PlainLine, right: PlainLine) -> Bool {
            if left.source != right.source { return left.source < right.source }
            if left.target != right.target { return left.target < right.target }
            if left.kind != right.kind { return left.kind < right.kind }
            if left.document != right.document { return left.document < right.document }
            return left.start < right.start
        }
    }

    /// The relation as a plain line to write later, or `nil` when it must be
    /// written now: it has attributes or a role, its evidence is not one
    /// plain line of a document new to this load, or its numbers do not fit.
    mutating func plainLine(_ relation: Relation, source: Int64, target: Int64) -> PlainLine? {
        guard relation.key.role.isEmpty, let (document, start, reversed) = lineOfNewDocument(relation),
            let source = UInt32(exactly: source), let target = UInt32(exactly: target)
        else { return nil }
        let place: Int
        if lineDocuments.last == document {
            place = lineDocuments.count - 1
        } else if let known = lineDocuments.firstIndex(of: document) {
            place = known
        } else {
            guard lineDocuments.count < Int(UInt16.max) else { return nil }
            lineDocuments.append(document)
            place = lineDocuments.count - 1
        }
        return PlainLine(
            source: source, target: target, start: Int64(start), document: UInt16(place), kind: relation.kind,
            reversed: reversed)
    }

    /// Writes the waiting plain lines in key order, with the same merge
    /// rules as lines written at once: the first line of a key makes the
    /// relation and is kept as its place; a later equal line, or one equal
    /// to a relation written at once, becomes a sentence of evidence.
    mutating func writePlainLines() throws {
        guard !plainLines.isEmpty else { return }
        plainLines.sort()
        let db = writer.db
        let insert = try BoundStatement(
            db, sql: "INSERT OR IGNORE INTO relations (kind, source, target) VALUES (?, ?, ?)")
        let keep = try BoundStatement(db, sql: LineEvidence.insertSQL)
        for line in plainLines {
            let document = lineDocuments[Int(line.document)]
            insert.bind(line.kind.rawValue, at: 1)
            insert.bind(Int64(line.source), at: 2)
            insert.bind(Int64(line.target), at: 3)
            try insert.run()
            if db.changesCount > 0 {
                keep.bind(db.lastInsertedRowID, at: 1)
                keep.bind(document, at: 2)
                keep.bind(line.start, at: 3)
                keep.bind(line.reversed ? 1 : 0, at: 4)
                try keep.run()
                summary.relationsAdded += 1
            } else {
                count(.unchanged, gained: try addAgain(line, document: document))
            }
        }
        plainLines = []
    }

    /// Adds a plain line whose relation is already written as a sentence of
    /// its evidence; returns whether that link is new.
    private mutating func addAgain(_ line: PlainLine, document: Int64) throws -> Bool {
        let findID = try writer.db.cachedStatement(sql: "SELECT id FROM entities WHERE number = ?")
        guard let source = try String.fetchOne(findID, arguments: [line.source]).flatMap(EntityID.init(rawValue:)),
            let target = try String.fetchOne(findID, arguments: [line.target]).flatMap(EntityID.init(rawValue:))
        else {
            throw StoreError.database(path: "", message: "a relation's ends could not be found again")
        }
        let (relation, _) = try writer.upsertRelation(
            Relation(kind: line.kind, source: source, target: target), source: Int64(line.source),
            target: Int64(line.target))
        let evidence = LineEvidence.evidence(
            document: DocumentID(rawValue: ""), start: Int(line.start), reversed: line.reversed, source: source,
            target: target, kind: line.kind)
        var unshared: [Writer.SentenceKey: Int64] = [:]
        return try writer.addEvidence(
            evidence, document: document, relation: relation, isNewDocument: true, known: &unshared)
    }
}
