public import Dossier
import GRDB

/// Takes documents, entities and relations one at a time inside a build's
/// transaction, for inputs too large to hold as a draft. Same merge rules
/// as ``GraphStore/merge(_:origins:corrections:correctionSource:)``; an
/// entity must come before the relations that name it.
///
/// Into an empty store, a relation that is one plain CSV line (see
/// ``LineEvidence``) is kept as a few numbers and written when the load
/// ends, sorted by its ends, so that the relations' key index grows at its
/// end instead of taking each row at a random place.
public struct BulkSink {
    let writer: Writer
    var documents: [DocumentID: Int64] = [:]
    var newDocuments: Set<Int64> = []
    var entityNumbers: [EntityID: Int64] = [:]
    /// The sentences of new documents written lately, so that the
    /// relations one line makes share its sentence row. Kept small: the
    /// lines of a bulk input come once and in order, so older ones do not
    /// return, and a cache of every line would grow with the input.
    var sentences: [Writer.SentenceKey: Int64] = [:]
    /// Plain lines of a fresh load, waiting to be written in key order.
    var plainLines: [PlainLine] = []
    /// The documents that plain lines name, by their position.
    var lineDocuments: [Int64] = []
    /// What the load has added so far.
    public internal(set) var summary = GraphStore.MergeSummary()

    init(writer: Writer) {
        self.writer = writer
    }

    /// Adds a document (once).
    public mutating func add(_ document: Document) throws {
        guard documents[document.id] == nil else { return }
        let (number, added) = try writer.upsertDocument(document)
        documents[document.id] = number
        if added {
            newDocuments.insert(number)
            summary.documentsAdded += 1
        }
    }

    /// Adds an entity, merging it with one of the same id.
    public mutating func add(_ entity: Entity) throws {
        let (number, change) = try writer.upsertEntity(entity)
        entityNumbers[entity.id] = number
        switch change {
        case .added: summary.entitiesAdded += 1
        case .merged: summary.entitiesMerged += 1
        case .unchanged: break
        }
    }

    /// Adds a relation whose ends are in the store or were added before.
    /// - Throws: ``StoreError/danglingRelation(relation:missing:origin:)`` naming `origin`.
    public mutating func add(_ relation: Relation, origin: String?) throws {
        func number(_ id: EntityID) throws -> Int64 {
            if let known = entityNumbers[id] { return known }
            let find = try writer.db.cachedStatement(sql: "SELECT number FROM entities WHERE id = ?")
            guard let found = try Int64.fetchOne(find, arguments: [id.rawValue]) else {
                throw StoreError.danglingRelation(relation: relation.id, missing: id, origin: origin)
            }
            entityNumbers[id] = found
            return found
        }
        let source = try number(relation.source)
        let target = try number(relation.target)
        if writer.fresh, let line = plainLine(relation, source: source, target: target) {
            plainLines.append(line)
            return
        }
        let (relationNumber, change) = try writer.upsertRelation(relation, source: source, target: target)
        if change == .added, let line = lineOfNewDocument(relation) {
            try writer.addLineEvidence(
                relation: relationNumber, document: line.document, start: line.start, reversed: line.reversed)
            summary.relationsAdded += 1
            return
        }
        var gained = false
        for item in relation.evidence {
            let document = try documents[item.document] ?? writer.documentNumber(item.document)
            gained =
                try writer.addEvidence(
                    item, document: document, relation: relationNumber, isNewDocument: newDocuments.contains(document),
                    known: &sentences) || gained
        }
        if sentences.count > 256 { sentences.removeAll(keepingCapacity: true) }
        count(change, gained: gained)
    }

    /// The place of a relation's evidence when it is one plain line of a
    /// document new to this load, the evidence kept as ``LineEvidence``.
    func lineOfNewDocument(_ relation: Relation) -> (document: Int64, start: Int, reversed: Bool)? {
        guard relation.evidence.count == 1, let item = relation.evidence.first,
            let document = documents[item.document], newDocuments.contains(document),
            let reversed = LineEvidence.plainLineOrder(item, of: relation)
        else { return nil }
        return (document, item.start, reversed)
    }

    mutating func count(_ change: Writer.Change, gained: Bool) {
        switch change {
        case .added: summary.relationsAdded += 1
        case .merged: summary.relationsMerged += 1
        case .unchanged: if gained { summary.relationsMerged += 1 }
        }
    }
}

extension BulkSink: GraphSink {}
