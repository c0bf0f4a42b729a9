public import Dossier
import Foundation

/// Builds a graph draft from articles: for each, text preparation,
/// sentences, mentions, resolution, offices, relations, events and
/// attribution; then across them, one entity per person however named and
/// one event per happening however many articles tell it.
///
/// The builder is pure: the same documents give the same draft.
public struct TextGraphBuilder: Sendable {
    /// The lexicon the builder reads with.
    public let lexicon: Lexicon

    /// A builder that reads with `lexicon`.
    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// The draft of the documents' entities, relations and evidence.
    /// - Complexity: linear in the words of the documents, plus the
    ///   square of the number of events told, for merging them.
    ///
    /// - Parameter keepApart: pairs of names never to join as one person
    ///   (from `different` corrections), compared without regard to case.
    public func build(_ documents: [TextDocument], keepApart: [(String, String)] = []) -> GraphDraft {
        var session = ExtractionSession(builder: self)
        for document in documents { session.add(document) }
        return session.assemble(keepApart: keepApart)
    }

    /// Counts the words the builder would read in `text`, for throughput figures.
    public static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let letter = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            if letter && !inWord { count += 1 }
            inWord = letter
        }
        return count
    }

    /// Most characters read as one section; a longer article is read in
    /// sections cut at line breaks (or spaces), so memory stays bounded.
    static let sectionLength = 200_000

    /// What each section's stages made, handed to a trace.
    typealias StageObserver = (
        _ sentences: [ReadSentence], _ units: [[Unit]], _ book: OfficeBook, _ facts: DocumentFacts
    ) -> Void

    /// The facts of a document, one record per section; `observe`, when
    /// given, sees each section's stage outputs.
    func read(_ document: TextDocument, observe: StageObserver? = nil) -> [DocumentFacts] {
        let preparer = TextPreparer(furniture: lexicon.furniture)
        let prepared = document.isHTML ? preparer.prepareHTML(document.text) : preparer.prepare(document.text)
        let date = document.date ?? documentDate(prepared)
        let title = Self.title(of: prepared, path: document.path)
        let record = Document(id: document.id, title: title, path: document.path, date: date)
        let reader = DocumentReader(lexicon: lexicon)
        let analyzer = DocumentAnalyzer(lexicon: lexicon)
        // Line numbers only for a document that has something to warn of.
        var lines: LineIndex?
        return Self.sections(of: prepared.scalars).map { range in
            let sentences = reader.read(prepared, range: range, date: date)
            var facts: DocumentFacts
            if let observe {
                var stages: ([[Unit]], OfficeBook)?
                facts = analyzer.analyze(sentences, prepared: prepared, document: record) { stages = ($0, $1) }
                if let stages { observe(sentences, stages.0, stages.1, facts) }
            } else {
                facts = analyzer.analyze(sentences, prepared: prepared, document: record)
            }
            for read in sentences {
                for mention in read.mentions where mention.isImpossible {
                    let tokens = read.sentence.tokens
                    let offset = prepared.sourceOffset(tokens[mention.start].start)
                    let words = prepared.sourceText(tokens[mention.start].start, tokens[mention.end - 1].end)
                    if lines == nil { lines = LineIndex(document.text) }
                    facts.problems.append(
                        TextProblem(
                            path: document.path, line: lines?.line(ofScalar: offset) ?? 1,
                            message: "\"\(words)\" is no date (the month has no such day); left out"))
                }
            }
            return facts
        }
    }

    /// Ranges of at most about ``sectionLength`` characters, cut after a
    /// line break, else after a space, else anywhere.
    static func sections(of scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        while start < scalars.count {
            var end = min(scalars.count, start + sectionLength)
            if end < scalars.count {
                let floor = start + sectionLength / 2
                if let cut = scalars[floor..<end].lastIndex(of: "\n") ?? scalars[floor..<end].lastIndex(of: " ") {
                    end = cut + 1
                }
            }
            ranges.append(start..<end)
            start = end
        }
        return ranges
    }

    /// The first non-empty line, cut to 200 characters, or the file name.
    static func title(of prepared: PreparedText, path: String) -> String {
        var line = String.UnicodeScalarView()
        for scalar in prepared.scalars {
            if scalar == "\n" {
                if line.contains(where: { $0 != " " }) { break }
                line.removeAll()
                continue
            }
            line.append(scalar)
            if line.count > 400 { break }
        }
        let text = String(line).trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return (path as NSString).lastPathComponent }
        return text.count > 200 ? String(text.prefix(199)) + "…" : text
    }

    /// Whether `date` is the document's own: a line that is a date
    /// ("Tuesday, November 30, 2004": nothing but dates and commas before
    /// it), or a dateline's — capitalized place words and a comma before it
    /// ("OTTAWA, Nov. 30, 2004 (AP) —", "WASHINGTON, D.C., March 3, 2021 —").
    /// `dates` are every date the recognizer found in the line, weekdays too.
    static func isDateLine(_ tokens: [Token], date: Mention, dates: [Mention]) -> Bool {
        let lead = tokens.indices[..<date.start]
        if date.end >= tokens.count - 1,
            lead.allSatisfy({ index in
                tokens[index].text == "," || dates.contains { $0.start <= index && index < $0.end }
            })
        {
            return true
        }
        guard date.start >= 2, date.start <= 8, tokens[date.start - 1].text == ",", tokens[0].isCapitalized else {
            return false
        }
        return lead.allSatisfy { tokens[$0].isCapitalized || tokens[$0].text == "," || tokens[$0].text == "." }
    }

    /// A date given near the top: a line "Date: …", "Published …", a
    /// dateline, or a line that is only a full date.
    private func documentDate(_ prepared: PreparedText) -> String? {
        let head = Array(prepared.scalars.prefix(300))
        // Every date this looks for has a year, so a head without digits has none.
        guard head.contains(where: Tokenizer.isDigit) else { return nil }
        var recognizer = DateRecognizer(lexicon: lexicon)
        recognizer.documentDate = nil
        for sentence in Tokenizer.sentences(in: head).prefix(4) {
            let first = sentence.tokens.first?.lower ?? ""
            let dates = recognizer.mentions(in: sentence)
            guard let date = dates.first(where: { $0.name.count >= 7 }) else { continue }
            if ["date", "published", "updated", "posted"].contains(first)
                || Self.isDateLine(sentence.tokens, date: date, dates: dates)
            {
                return date.name
            }
        }
        return nil
    }
}
