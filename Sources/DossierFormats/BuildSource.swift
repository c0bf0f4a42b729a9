public import Dossier

/// What a reader made of one or more files: a draft, and for each relation
/// the file and line that declared it, so that a later check can point there.
public struct BuildSource: Sendable {
    /// The entities, relations and documents read.
    public var draft: GraphDraft
    /// Where each relation was declared, as `path:line`.
    public var origins: [RelationKey: String]
    /// Articles for the text builder, in the order given.
    public var texts: [SourceFile] = []
    /// Fragment files (`dossier extract`'s output), for the text builder to merge.
    public var fragments: [SourceFile] = []
    /// Facts files: declared relations to resolve, and corrections.
    public var facts: [FactsReader.Facts] = []
    /// What a reader left out and the user should hear of, by file and line.
    public var warnings: [TextProblem] = []

    /// Wraps a draft and the places its relations came from.
    public init(draft: GraphDraft = GraphDraft(), origins: [RelationKey: String] = [:]) {
        self.draft = draft
        self.origins = origins
    }

    /// Adds another source's draft and origins.
    public mutating func merge(_ other: BuildSource) {
        draft.merge(other.draft)
        origins.merge(other.origins) { first, _ in first }
        texts += other.texts
        fragments += other.fragments
        facts += other.facts
        warnings += other.warnings
    }
}

extension BuildSource: GraphSink {
    /// Adds a document to the draft.
    public mutating func add(_ document: Document) { draft.add(document) }

    /// Adds an entity to the draft.
    public mutating func add(_ entity: Entity) { draft.add(entity) }

    /// Adds a relation to the draft and keeps where it was read.
    public mutating func add(_ relation: Relation, origin: String?) {
        draft.add(relation)
        if let origin, origins[relation.key] == nil { origins[relation.key] = origin }
    }
}
