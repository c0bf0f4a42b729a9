import Dossier
public import DossierExtraction
import DossierFormats
import Foundation

/// `dossier extract`: reads articles and writes each one's fragment, the
/// map step of a build spread over many machines. Nothing is joined across
/// articles and no store is opened, so the output depends on each article
/// alone and is the same on every run.
///
/// ```swift
/// let extractor = try ArticleExtractor(lexiconFiles: [])
/// let summary = try extractor.extract(files: ["articles/"]) { line in print(line) }
/// ```
public struct ArticleExtractor: Sendable {
    /// The builder every article is read with.
    public let builder: TextGraphBuilder

    /// What one run read.
    public struct Summary: Sendable, Equatable {
        /// Articles written as fragments.
        public var articles = 0
        /// Articles that could not be read, each written as a failure line.
        public var failures: [ArticleFragment.Failure] = []
        /// Words read, for throughput figures.
        public var words = 0
    }

    /// An extractor reading with the built-in lexicon and `lexiconFiles`.
    public init(lexiconFiles: [String]) throws {
        builder = TextGraphBuilder(lexicon: try StoreBuild.lexicon(adding: lexiconFiles))
    }

    /// Reads article files (folders expanded as for a build); the fragment
    /// of the n-th file has order n, as in `dossier build` of the same paths.
    ///
    /// - Throws: ``FormatError`` for a path that cannot be read or is no article.
    public func extract(files paths: [String], write: (String) -> Void) throws -> Summary {
        let collector = SourceCollector()
        var summary = Summary()
        for (order, path) in try collector.paths(at: paths).enumerated() {
            let file = try collector.readFile(path)
            guard case .text(let isHTML) = try collector.kind(of: file) else {
                throw FormatError.invalid(
                    SourceLocation(path: path, bytes: [], offset: 0),
                    problem: "this is no article: extract reads .txt, .md and .html files",
                    fix: "Build structured files with `dossier build` directly, or leave them out here.")
            }
            let text = String(decoding: try file.utf8Bytes(), as: UTF8.self)
            let document = TextDocument(id: file.documentID, path: path, text: text, isHTML: isHTML)
            write(builder.fragment(of: document, order: order).jsonLine())
            summary.articles += 1
            summary.words += TextGraphBuilder.wordCount(text)
        }
        return summary
    }

    /// Reads one JSON object a line, `{"id", "text", "date"?, "path"?,
    /// "order"?}`, from `nextLine` until it gives nil. A line that is not
    /// such an object is written as a failure line naming its id (or its
    /// line number) and the reason, so the caller can count it; the rest
    /// go on.
    public func extract(jsonLines nextLine: () -> String?, write: (String) -> Void) -> Summary {
        var summary = Summary()
        var number = 0
        while let line = nextLine() {
            number += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            switch ArticleLine.parse(line, number: number) {
            case .success(let article):
                let document = TextDocument(
                    id: DocumentID(contentsOf: Array(article.text.utf8)), path: article.path, text: article.text,
                    isHTML: article.isHTML, date: article.date)
                write(builder.fragment(of: document, order: article.order ?? number - 1, name: article.id).jsonLine())
                summary.articles += 1
                summary.words += TextGraphBuilder.wordCount(article.text)
            case .failure(let failure):
                write(ArticleFragment(builder: builder.version, failure: failure).jsonLine())
                summary.failures.append(failure)
            }
        }
        return summary
    }
}

/// One article of `dossier extract`'s JSON lines input.
struct ArticleLine: Decodable {
    var id: String
    var text: String
    var date: String?
    var path: String
    var order: Int?

    /// Whether the article is HTML, by its path's ending.
    var isHTML: Bool { [".html", ".htm"].contains { path.lowercased().hasSuffix($0) } }

    enum CodingKeys: String, CodingKey { case id, text, date, path, order }

    init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        if let number = try? values.decode(Int.self, forKey: .id) {
            id = String(number)
        } else {
            id = try values.decode(String.self, forKey: .id)
        }
        text = try values.decode(String.self, forKey: .text)
        date = try values.decodeIfPresent(String.self, forKey: .date)
        path = try values.decodeIfPresent(String.self, forKey: .path) ?? id
        order = try values.decodeIfPresent(Int.self, forKey: .order)
    }

    /// The article on line `number`, or why it is none.
    static func parse(_ line: String, number: Int) -> Result<ArticleLine, ArticleFragment.Failure> {
        let name = Self.id(in: line) ?? "line \(number)"
        let article: ArticleLine
        do {
            article = try JSONDecoder().decode(ArticleLine.self, from: Data(line.utf8))
        } catch DecodingError.keyNotFound(let key, _) {
            return .failure(.init(name: name, reason: "line \(number) has no \"\(key.stringValue)\""))
        } catch DecodingError.valueNotFound(_, let context) {
            let field = context.codingPath.first?.stringValue ?? "a field"
            return .failure(.init(name: name, reason: "line \(number): \"\(field)\" is null"))
        } catch DecodingError.typeMismatch(_, let context) {
            let field = context.codingPath.first?.stringValue ?? "a field"
            return .failure(.init(name: name, reason: "line \(number): \"\(field)\" is not a string"))
        } catch {
            return .failure(.init(name: name, reason: "line \(number) is not a JSON object"))
        }
        if let date = article.date, !isDate(date) {
            return .failure(.init(name: name, reason: "line \(number): date \"\(date)\" is not yyyy-mm-dd"))
        }
        return .success(article)
    }

    /// Whether `text` is `yyyy`, `yyyy-mm` or a real `yyyy-mm-dd`.
    private static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard parts.count <= 3,
            zip(parts, widths).allSatisfy({ $0.count == $1 && $0.allSatisfy(\.isASCII) && Int($0) != nil })
        else { return false }
        if parts.count == 2, let month = Int(parts[1]) { return (1...12).contains(month) }
        // A real day comes back as itself; "02-30" would roll into March.
        return parts.count < 3 || CalendarDay(iso: text)?.iso == text
    }

    /// The `id` of a line that may not parse, for naming its failure.
    private static func id(in line: String) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            return nil
        }
        if let id = object["id"] as? String { return id }
        return (object["id"] as? Int).map(String.init)
    }
}
