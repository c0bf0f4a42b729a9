import Dossier
import GRDB

/// Evidence that is one line of a CSV edges file saying no more than
/// `source,target,kind`, kept as its place alone.
///
/// A million-row edges file would otherwise store each line twice: as the
/// relation and again as a sentence row with its own index entry and link.
/// Such a line is a row of `line_evidence` (relation, document, start,
/// reversed), and its text is spelled again from the relation's ends when
/// it is read, giving back exactly the evidence that was written. A line
/// that says anything else (quotes, spaces, attributes, ids with a kind
/// prefix) is a sentence row like any other evidence.
enum LineEvidence {
    /// The table's name, for the readers of a store made before it existed.
    static let table = "line_evidence"

    /// The insert of one line's place: relation, document, start, reversed.
    static let insertSQL = "INSERT INTO line_evidence (relation, document, start, reversed) VALUES (?, ?, ?, ?)"

    /// The line an edges file writes for a relation with no attributes,
    /// by the ends' slugs.
    static func text(source: EntityID, target: EntityID, kind: RelationKind) -> String {
        "\(source.slug),\(target.slug),\(kind.rawValue)"
    }

    /// The line of a relation whose ends it names in their order, or the
    /// other way round when `reversed`.
    static func line(source: EntityID, target: EntityID, kind: RelationKind, reversed: Bool) -> String {
        reversed ? text(source: target, target: source, kind: kind) : text(source: source, target: target, kind: kind)
    }

    /// How `item` is such a line for `relation`, so that it can be kept
    /// without its text: `false` when it names the ends in the relation's
    /// order, `true` when in the other (a symmetric kind keeps its ends
    /// sorted, whichever order the line gave), `nil` when it is another line.
    static func plainLineOrder(_ item: Evidence, of relation: Relation) -> Bool? {
        guard relation.attributes.isEmpty else { return nil }
        let order: Bool
        if spells(item.sentence, source: relation.source, target: relation.target, kind: relation.kind) {
            order = false
        } else if relation.kind.isSymmetric,
            spells(item.sentence, source: relation.target, target: relation.source, kind: relation.kind)
        {
            order = true
        } else {
            return nil
        }
        return item.end - item.start == item.sentence.unicodeScalars.count ? order : nil
    }

    /// Whether `sentence` is ``text(source:target:kind:)``, checked byte by
    /// byte without spelling that text: this runs once for every line of
    /// a large edges file.
    static func spells(_ sentence: String, source: EntityID, target: EntityID, kind: RelationKind) -> Bool {
        let text = sentence.utf8
        let first = source.slug.utf8, second = target.slug.utf8, third = kind.rawValue.utf8
        guard text.count == first.count + second.count + third.count + 2 else { return false }
        var place = text.startIndex
        func follows(_ part: some Sequence<UInt8>) -> Bool {
            for byte in part {
                guard text[place] == byte else { return false }
                place = text.index(after: place)
            }
            return true
        }
        let comma = CollectionOfOne(UInt8(ascii: ","))
        return follows(first) && follows(comma) && follows(second) && follows(comma) && follows(third)
    }

    /// The evidence of a row read back: the line spelled from the
    /// relation's ends (the other way round when `reversed`).
    static func evidence(
        document: DocumentID, start: Int, reversed: Bool, source: EntityID, target: EntityID, kind: RelationKind
    ) -> Evidence {
        let sentence = line(source: source, target: target, kind: kind, reversed: reversed)
        return Evidence(
            document: document, sentence: sentence, start: start, end: start + sentence.unicodeScalars.count)
    }
}

extension Writer {
    /// Keeps a new relation's one line of evidence as its place.
    func addLineEvidence(relation: Int64, document: Int64, start: Int, reversed: Bool) throws {
        let insert = try db.cachedStatement(sql: LineEvidence.insertSQL)
        try insert.execute(arguments: [relation, document, start, reversed])
    }
}

extension CorrectionWriter {
    /// Turns a relation's line evidence into a sentence row and an evidence
    /// link, spelled from its ends as they are now: before a correction
    /// moves the relation to other ends or merges it into another.
    func spellOutLineEvidence(of relation: Int64) throws {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT l.document, l.start, l.reversed, r.kind, s.id AS source, t.id AS target
                    FROM line_evidence l JOIN relations r ON r.number = l.relation
                    JOIN entities s ON s.number = r.source JOIN entities t ON t.number = r.target
                    WHERE l.relation = ?
                    """, arguments: [relation]),
            let kind = RelationKind(rawValue: row["kind"]), let source = EntityID(rawValue: row["source"]),
            let target = EntityID(rawValue: row["target"])
        else { return }
        let text = LineEvidence.line(source: source, target: target, kind: kind, reversed: row["reversed"])
        let start: Int = row["start"]
        try db.execute(
            sql: "INSERT INTO sentences (document, start, \"end\", text) VALUES (?, ?, ?, ?)",
            arguments: [row["document"] as Int64, start, start + text.unicodeScalars.count, text])
        try db.execute(
            sql: "INSERT OR IGNORE INTO evidence (relation, sentence) VALUES (?, ?)",
            arguments: [relation, db.lastInsertedRowID])
        try db.execute(sql: "DELETE FROM line_evidence WHERE relation = ?", arguments: [relation])
    }
}
