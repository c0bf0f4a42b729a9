import Dossier
import Foundation

extension ArticleFragment {
    /// The fragment as one line of JSON (no line break), keys sorted, so
    /// that the same articles always give the same bytes.
    public func jsonLine() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let line = FragmentLine(
            format: Self.formatName, builder: builder,
            articles: articles.map { article in
                FragmentLine.Article(
                    order: article.order, name: article.name, sections: article.sections.map(SectionForm.init))
            },
            failures: failures.isEmpty ? nil : failures)
        // Every field is a string, number or array of them: encoding cannot fail.
        let data = (try? encoder.encode(line)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// Reads a line `dossier extract` or `dossier merge --fragment` wrote.
    ///
    /// - Parameters:
    ///   - path: the file the line is from, for the error.
    ///   - line: its number, from 1, for the error.
    /// - Throws: ``ExtractionError/invalidFragment(path:line:message:)``
    ///   when the line is cut short or is no fragment.
    public init(jsonLine text: some StringProtocol, path: String = "-", line: Int = 1) throws(ExtractionError) {
        let decoded: FragmentLine
        do {
            decoded = try JSONDecoder().decode(FragmentLine.self, from: Data(text.utf8))
        } catch DecodingError.dataCorrupted {
            throw .invalidFragment(path: path, line: line, message: "the line is not whole JSON (cut short?)")
        } catch {
            throw .invalidFragment(path: path, line: line, message: "the line is not a Dossier fragment (\(error))")
        }
        guard decoded.format == Self.formatName else {
            throw .invalidFragment(
                path: path, line: line, message: "the format is \"\(decoded.format)\", not \(Self.formatName)")
        }
        var articles: [Article] = []
        for article in decoded.articles {
            var sections: [DocumentFacts] = []
            for section in article.sections {
                guard let facts = section.documentFacts else {
                    throw .invalidFragment(
                        path: path, line: line,
                        message: "article \"\(article.name)\" names an unknown event kind, event or sentence")
                }
                sections.append(facts)
            }
            articles.append(Article(order: article.order, name: article.name, sections: sections))
        }
        self.init(builder: decoded.builder, articles: articles)
        failures = decoded.failures ?? []
    }
}

/// The JSON form of a fragment line.
private struct FragmentLine: Codable {
    var format: String
    var builder: String
    var articles: [Article]
    var failures: [ArticleFragment.Failure]?

    struct Article: Codable {
        var order: Int
        var name: String
        var sections: [SectionForm]
    }
}

/// An entity as a fragment names it.
private struct KeyForm: Codable {
    var kind: EntityKind
    var name: String

    init(_ key: EntityKey) { (kind, name) = (key.kind, key.name) }
    var key: EntityKey { EntityKey(kind: kind, name: name) }
}

/// An end of a fact: an entity, or the index of an event of the section.
private struct EndForm: Codable {
    var kind: EntityKind?
    var name: String?
    var event: Int?

    init(_ ref: NodeRef) {
        switch ref {
        case .entity(let key): (kind, name) = (key.kind, key.name)
        case .event(let index): event = index
        }
    }

    var ref: NodeRef? {
        if let event { return .event(event) }
        guard let kind, let name else { return nil }
        return .entity(EntityKey(kind: kind, name: name))
    }
}

/// One section's facts as JSON.
private struct SectionForm: Codable {
    struct Sentence: Codable { var text: String, start: Int, end: Int }
    struct Surface: Codable { var kind: EntityKind, name: String, forms: [String] }
    struct Fact: Codable {
        var kind: RelationKind, source: EndForm, target: EndForm, sentence: Int
        var attributes: [String: String]
    }
    struct Role: Codable { var entity: KeyForm, role: String, sentence: Int }
    struct Place: Codable { var entity: KeyForm, sentence: Int }
    struct Event: Codable {
        var kind: String, participants: [Role], places: [Place], sentences: [Int]
        var date: String?, dateBasis: String?, label: String?, vehicle: String?, denies: Int?
        var joinsLastMeeting: Bool
    }
    struct Problem: Codable { var path: String, line: Int, message: String }

    var document: Document
    var sentences: [Sentence]
    var surfaces: [Surface]
    var facts: [Fact]
    var events: [Event]
    var dateBases: [String: String]
    var problems: [Problem]

    init(_ facts: DocumentFacts) {
        document = facts.document
        sentences = facts.sentences.map { Sentence(text: $0.text, start: $0.start, end: $0.end) }
        surfaces = facts.surfaces.keys.sorted().map { key in
            Surface(kind: key.kind, name: key.name, forms: facts.surfaces[key, default: []].sorted())
        }
        self.facts = facts.facts.map {
            Fact(
                kind: $0.kind, source: EndForm($0.source), target: EndForm($0.target), sentence: $0.sentence,
                attributes: $0.attributes)
        }
        events = facts.events.map { event in
            Event(
                kind: event.kind.rawValue,
                participants: event.participants.map {
                    Role(entity: KeyForm($0.entity), role: $0.role, sentence: $0.sentence)
                },
                places: event.places.map { Place(entity: KeyForm($0.entity), sentence: $0.sentence) },
                sentences: event.sentences, date: event.date, dateBasis: event.dateBasis, label: event.label,
                vehicle: event.vehicle, denies: event.denies, joinsLastMeeting: event.joinsLastMeeting)
        }
        dateBases = facts.dateBases
        problems = facts.problems.map { Problem(path: $0.path, line: $0.line, message: $0.message) }
    }

    /// The facts again; nil when an event kind, an end or a sentence is unknown.
    var documentFacts: DocumentFacts? {
        let known = 0..<sentences.count
        let cited =
            facts.map(\.sentence)
            + events.flatMap { $0.sentences + $0.participants.map(\.sentence) + $0.places.map(\.sentence) }
        guard cited.allSatisfy(known.contains) else { return nil }
        let indexes = 0..<events.count
        let events = facts.flatMap { [$0.source.event, $0.target.event] } + self.events.map(\.denies)
        guard events.allSatisfy({ $0.map(indexes.contains) ?? true }) else { return nil }
        var result = DocumentFacts(document: document)
        result.sentences = sentences.map { ($0.text, $0.start, $0.end) }
        for surface in surfaces {
            result.surfaces[EntityKey(kind: surface.kind, name: surface.name)] = Set(surface.forms)
        }
        for fact in self.facts {
            guard let source = fact.source.ref, let target = fact.target.ref else { return nil }
            result.facts.append(
                FactRecord(
                    kind: fact.kind, source: source, target: target, attributes: fact.attributes,
                    sentence: fact.sentence))
        }
        for event in self.events {
            guard let kind = Lexicon.EventKind(rawValue: event.kind) else { return nil }
            var record = EventRecord(kind: kind)
            record.participants = event.participants.map { ($0.entity.key, $0.role, $0.sentence) }
            record.places = event.places.map { ($0.entity.key, $0.sentence) }
            (record.date, record.dateBasis, record.label) = (event.date, event.dateBasis, event.label)
            (record.vehicle, record.denies, record.sentences) = (event.vehicle, event.denies, event.sentences)
            record.joinsLastMeeting = event.joinsLastMeeting
            result.events.append(record)
        }
        result.dateBases = dateBases
        result.problems = problems.map { TextProblem(path: $0.path, line: $0.line, message: $0.message) }
        return result
    }
}
