public import Dossier

/// Reads articles one at a time and keeps only what they say, so that a
/// build of many files holds one article's text at a time; ``assemble()``
/// then joins people, merges events and makes the draft.
///
/// ```swift
/// var session = ExtractionSession(builder: TextGraphBuilder(lexicon: try .standard()))
/// for document in documents { session.add(document) }
/// let draft = session.assemble()
/// ```
public struct ExtractionSession: Sendable {
    /// The builder that reads each article.
    public let builder: TextGraphBuilder
    /// What each article said, one record per section, in the order added.
    private var facts: [DocumentFacts] = []
    /// How many articles have been added.
    public private(set) var documentCount = 0

    /// An empty session reading with `builder`.
    public init(builder: TextGraphBuilder) {
        self.builder = builder
    }

    /// Reads one article; its text is not kept.
    public mutating func add(_ document: TextDocument) {
        let read = builder.read(document)
        problems += read.flatMap(\.problems)
        facts += read
        documentCount += 1
    }

    /// What the articles read so far hold that was left out, by file and line.
    public private(set) var problems: [TextProblem] = []

    /// The draft of every article added so far.
    ///
    /// - Parameter keepApart: pairs of names never to join as one person
    ///   (from `different` corrections), compared without regard to case.
    /// - Complexity: linear in the facts read, plus the square of the number
    ///   of events told within one bucket of type and participant, for
    ///   merging them.
    public func assemble(keepApart: [(String, String)] = []) -> GraphDraft {
        let pairs = Set(keepApart.map { NamePair($0.0, $0.1) })
        return DraftAssembler(lexicon: builder.lexicon, documents: facts, keepApart: pairs).assemble()
    }
}
