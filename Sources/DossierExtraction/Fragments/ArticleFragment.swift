public import Dossier
import Foundation

/// What the text builder read from articles, before anything is joined
/// across them: the map step of a distributed build.
///
/// `dossier extract` writes one fragment per article as a JSON line
/// (`dossier-fragment/1`, see `docs/fragments.md`); `dossier merge` reads
/// any number of them and joins people, offices and events across articles
/// exactly as `dossier build` does, because a build reads every article into
/// a fragment too. A fragment may hold many articles: merging fragments into
/// one fragment and merging that again gives the same graph as merging them
/// all at once.
///
/// ```swift
/// let builder = TextGraphBuilder(lexicon: try .standard())
/// let fragment = builder.fragment(of: document, order: 0)
/// let line = fragment.jsonLine()
/// let again = try ArticleFragment(jsonLine: line)
/// ```
public struct ArticleFragment: Sendable {
    /// The format name written in every line.
    public static let formatName = "dossier-fragment/1"

    /// The builder that read the articles (``TextGraphBuilder/version``).
    public var builder: String
    /// The articles, in the order a build would read them.
    var articles: [Article]
    /// The articles the extractor could not read, so that no merge drops
    /// them silently.
    public var failures: [Failure] = []

    /// An article `dossier extract` could not read.
    public struct Failure: Error, Hashable, Codable, Sendable {
        /// The article's `id` in the input (or its line).
        public var name: String
        /// Why, for a person to read.
        public var reason: String

        /// A failure of the article called `name`.
        public init(name: String, reason: String) {
            self.name = name
            self.reason = reason
        }
    }

    /// A fragment that holds no article, only the failure of one.
    public init(builder: String, failure: Failure) {
        self.builder = builder
        articles = []
        failures = [failure]
    }

    /// One article's facts, one record per section, with its place in the order.
    struct Article: Sendable {
        /// Where the article comes in the build's order; ties go by document id.
        var order: Int
        /// The name the input gave the article (its `id`, or its path).
        var name: String
        var sections: [DocumentFacts]
    }

    /// A fragment of `articles`, read by `builder`.
    init(builder: String, articles: [Article]) {
        self.builder = builder
        self.articles = articles
    }

    /// Leaves out the articles of `documents` (those a store holds already).
    public mutating func leaveOut(_ documents: Set<DocumentID>) {
        guard !documents.isEmpty else { return }
        articles.removeAll { article in article.sections.first.map { documents.contains($0.document.id) } ?? false }
    }

    /// The documents the fragment holds, in order.
    public var documents: [Document] { articles.compactMap { $0.sections.first?.document } }

    /// How many articles the fragment holds.
    public var articleCount: Int { articles.count }

    /// One fragment of every article of `fragments`, each article once,
    /// in build order.
    ///
    /// - Throws: ``ExtractionError/builderMismatch(_:_:)`` when two were
    ///   read by different builders.
    public static func merged(_ fragments: [ArticleFragment]) throws(ExtractionError) -> ArticleFragment {
        guard let first = fragments.first else { return ArticleFragment(builder: "", articles: []) }
        var result = ArticleFragment(builder: first.builder, articles: [])
        var seen = Set<DocumentID>()
        for fragment in fragments {
            guard fragment.builder == first.builder else { throw .builderMismatch(first.builder, fragment.builder) }
            result.failures += fragment.failures.filter { !result.failures.contains($0) }
            for article in fragment.articles {
                guard let id = article.sections.first?.document.id, seen.insert(id).inserted else { continue }
                result.articles.append(article)
            }
        }
        result.articles.sort(by: Self.buildOrder)
        return result
    }

    /// Whether `lhs` comes before `rhs` in a build: by order, then document id.
    static func buildOrder(_ lhs: Article, _ rhs: Article) -> Bool {
        if lhs.order != rhs.order { return lhs.order < rhs.order }
        let left = lhs.sections.first?.document.id.rawValue ?? ""
        let right = rhs.sections.first?.document.id.rawValue ?? ""
        return left < right
    }
}

extension TextGraphBuilder {
    /// The version of the reading rules; bumped with every change to what
    /// a fragment holds or how articles are joined.
    public static let rulesVersion = "0.1.0"

    /// What fragments name their builder by: the rules' version and the
    /// lexicon's fingerprint (`0.1.0+lexicon.3f2a…`).
    public var version: String { "\(Self.rulesVersion)+lexicon.\(lexicon.fingerprint)" }

    /// The fragment of one article.
    ///
    /// - Parameters:
    ///   - order: where the article comes among those merged with it.
    ///   - name: what the input called it (default: its path).
    public func fragment(of document: TextDocument, order: Int, name: String? = nil) -> ArticleFragment {
        ArticleFragment(
            builder: version, articles: [.init(order: order, name: name ?? document.path, sections: read(document))])
    }
}
