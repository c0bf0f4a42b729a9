/// Entities, relations and documents that a builder made and nothing has
/// written yet.
///
/// Adding follows the graph's merge rules: the same entity id gives one
/// entity (names, aliases and attributes united), the same relation key one
/// relation (evidence united), and a symmetric relation is kept once in
/// canonical direction.
public struct GraphDraft: Hashable, Sendable {
    /// The documents, by id.
    public private(set) var documents: [DocumentID: Document] = [:]
    /// The entities, by id.
    public internal(set) var entities: [EntityID: Entity] = [:]
    /// The relations, by key.
    public private(set) var relations: [RelationKey: Relation] = [:]

    /// An empty draft.
    public init() {}

    /// Adds a document; an existing one with the same id is kept.
    public mutating func add(_ document: Document) {
        if documents[document.id] == nil { documents[document.id] = document }
    }

    /// Adds an entity, merging it with one of the same id.
    public mutating func add(_ entity: Entity) {
        if entities[entity.id] != nil {
            // Merged in place: copying the entity out would copy its aliases on every add.
            entities[entity.id]!.merge(entity)
        } else {
            entities[entity.id] = entity
        }
    }

    /// Adds a relation, merging it with one of the same key.
    public mutating func add(_ relation: Relation) {
        if relations[relation.key] != nil {
            // Merged in place: copying the relation out would copy its evidence
            // on every add, the square of the articles for a relation many tell.
            relations[relation.key]!.merge(relation)
        } else {
            relations[relation.key] = relation
        }
    }

    /// Removes an entity and every relation that touches it.
    public mutating func removeEntity(_ id: EntityID) {
        entities[id] = nil
        relations = relations.filter { $0.key.source != id && $0.key.target != id }
    }

    /// Removes a relation.
    public mutating func removeRelation(_ key: RelationKey) {
        relations[key] = nil
    }

    /// Adds everything another draft holds.
    public mutating func merge(_ other: GraphDraft) {
        for document in other.documents.values { add(document) }
        for entity in other.entities.values { add(entity) }
        for relation in other.relations.values { add(relation) }
    }

    /// The entities sorted by id.
    public var sortedEntities: [Entity] {
        entities.values.sorted { $0.id < $1.id }
    }

    /// The relations sorted by id.
    public var sortedRelations: [Relation] {
        relations.values.map { ($0.id, $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// The documents sorted by id.
    public var sortedDocuments: [Document] {
        documents.values.sorted { $0.id < $1.id }
    }

    /// Whether the draft holds nothing.
    public var isEmpty: Bool {
        documents.isEmpty && entities.isEmpty && relations.isEmpty
    }
}

extension GraphDraft {
    /// A draft holding everything an in-memory graph holds.
    public init(_ graph: Graph) {
        self.init()
        for document in graph.documents.values { add(document) }
        for entity in graph.entities { add(entity) }
        for relation in graph.relations { add(relation) }
    }
}
