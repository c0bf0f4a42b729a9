public import Dossier
public import DossierStore

/// What a build did: the files it read, those it skipped because their
/// bytes were already in the store, and what the store gained.
public struct BuildResult: Sendable {
    /// The store file.
    public var store: String
    /// How many files the paths named.
    public var files: Int
    /// The files skipped because the store already holds their bytes.
    public var skipped: [String]
    /// What the merge added and joined.
    public var summary: GraphStore.MergeSummary
    /// What the articles held that was left out, by file and line ("February 30, 2021").
    public var warnings: [TextProblem] = []
    /// The articles' people and organizations joined with entries of the
    /// lists built with them (see ``ListMatch``).
    public var listMatches: [ListMatch] = []
    /// Joins with list entries that were not made, and why.
    public var listNotes: [String] = []
}
