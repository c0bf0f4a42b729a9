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
    /// Facts files: declared relations to resolve, and corrections.
    public var facts: [FactsReader.Facts] = []
    /// What a reader left out and the user should hear of, by file and line.
    public var warnings: [SourceWarning] = []

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
        facts += other.facts
        warnings += other.warnings
    }
}

/// Something a reader left out of a file, with where and why.
public struct SourceWarning: Hashable, Sendable {
    /// The file's path.
    public var path: String
    /// The line, from 1.
    public var line: Int
    /// What was left out and why.
    public var message: String

    /// A warning about `line` of `path`.
    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }
}
