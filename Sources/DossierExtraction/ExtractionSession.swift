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
///
/// A build and `dossier merge` take the same path: an article read here
/// becomes an ``ArticleFragment`` first, exactly what `dossier extract`
/// writes, and ``add(_:)-(ArticleFragment)`` takes fragments from anywhere.
public struct ExtractionSession: Sendable {
    /// The builder that reads each article.
    public let builder: TextGraphBuilder
    /// What each article said, in the order added (sorted at assembly).
    private var articles: [ArticleFragment.Article] = []
    /// The documents added, so that an article given twice counts once.
    private var seen = Set<DocumentID>()
    /// How many articles have been added.
    public var documentCount: Int { articles.count }

    /// An empty session reading with `builder`.
    public init(builder: TextGraphBuilder) {
        self.builder = builder
    }

    /// Reads one article; its text is not kept.
    public mutating func add(_ document: TextDocument) {
        // A fragment cannot hold another builder's articles: this one is ours.
        try? add(builder.fragment(of: document, order: articles.count))
    }

    /// Adds what a fragment's articles said; an article added before is
    /// left out.
    ///
    /// - Throws: ``ExtractionError/builderMismatch(_:_:)`` when another
    ///   builder (other rules or another lexicon) read the fragment.
    public mutating func add(_ fragment: ArticleFragment) throws(ExtractionError) {
        guard fragment.builder == builder.version || fragment.articles.isEmpty else {
            throw .builderMismatch(fragment.builder, builder.version)
        }
        failures += fragment.failures.filter { !failures.contains($0) }
        for article in fragment.articles {
            guard let id = article.sections.first?.document.id, seen.insert(id).inserted else { continue }
            problems += article.sections.flatMap(\.problems)
            articles.append(article)
        }
    }

    /// The articles the fragments added say could not be read.
    public private(set) var failures: [ArticleFragment.Failure] = []

    /// What the articles read so far hold that was left out, by file and line.
    public private(set) var problems: [TextProblem] = []

    /// The draft of every article added so far, read in build order
    /// (each fragment's order, ties by document id).
    ///
    /// - Parameter keepApart: pairs of names never to join as one person
    ///   (from `different` corrections), compared without regard to case.
    /// - Complexity: linear in the facts read, plus the square of the number
    ///   of events told within one bucket of type and participant, for
    ///   merging them.
    public func assemble(keepApart: [(String, String)] = []) -> GraphDraft {
        let pairs = Set(keepApart.map { NamePair($0.0, $0.1) })
        let documents = articles.sorted(by: ArticleFragment.buildOrder).flatMap(\.sections)
        return DraftAssembler(lexicon: builder.lexicon, documents: documents, keepApart: pairs).assemble()
    }

    /// One fragment of every article added, for `dossier merge --fragment`.
    public var fragment: ArticleFragment {
        var fragment = ArticleFragment(
            builder: builder.version, articles: articles.sorted(by: ArticleFragment.buildOrder))
        fragment.failures = failures
        return fragment
    }
}
