/// Where a reader that streams puts what it reads, one item at a time: a
/// draft in memory, or a store's bulk load that writes each item as it
/// comes. An entity comes before the relations that name it.
public protocol GraphSink {
    /// Takes a document; one already taken is kept.
    mutating func add(_ document: Document) throws
    /// Takes an entity, merging it with one of the same id.
    mutating func add(_ entity: Entity) throws
    /// Takes a relation; `origin` (`path:line`) names where it was read,
    /// for messages about it.
    mutating func add(_ relation: Relation, origin: String?) throws
}
