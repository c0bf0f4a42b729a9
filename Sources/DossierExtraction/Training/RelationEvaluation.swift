import Dossier
import Foundation

/// Measures the relations the whole text builder draws from annotated
/// documents against their gold relations, for the relation kinds that
/// Wikidata properties name: citizenship (P27), membership (P102 party,
/// P108 employer, P463 member of, P54 sports team), location (P17 country,
/// P131 and P150 administrative units, P159 headquarters, P276 location,
/// P740 place of formation) and heads of state or government (P6, P35: a
/// person who holds an office of the country).
enum RelationEvaluation {
    /// Gold property → the kinds that say it, and whether the direction is reversed.
    static let properties: [String: (kinds: Set<RelationKind>, reversed: Bool)] = [
        "P27": ([.citizenOf], false),
        "P102": ([.memberOf], false), "P108": ([.memberOf], false), "P463": ([.memberOf, .partOf], false),
        "P54": ([.memberOf], false),
        "P17": ([.locatedIn, .partOf], false), "P131": ([.locatedIn, .partOf], false),
        "P150": ([.locatedIn, .partOf], true), "P159": ([.locatedIn], false), "P276": ([.locatedIn], false),
        "P740": ([.locatedIn], false),
        "P6": ([.holds], true), "P35": ([.holds], true),
    ]

    /// Office titles of heads of state or government.
    static let headTitles = [
        "President of", "Prime Minister of", "King of", "Queen of", "Chancellor of", "Premier of", "Emperor of",
        "Chief Minister of", "Head of State of", "Head of Government of", "Sultan of", "Emir of", "Monarch of",
    ]

    /// The kinds measured, in report order, with their names.
    static let measured: [(String, Set<RelationKind>)] = [
        ("citizenOf", [.citizenOf]), ("memberOf", [.memberOf]), ("locatedIn", [.locatedIn, .partOf]),
        ("head of state", [.holds]),
    ]

    struct Counts {
        var gold = 0
        var goldWithEnds = 0
        var found = 0
        var drawn = 0
        var drawnCorrect = 0
    }

    /// Recall and precision by kind over the given documents (Re-DocRED JSON objects).
    static func report(_ documents: [[String: Any]], lexicon: Lexicon) -> String {
        var counts = [String: Counts]()
        let builder = TextGraphBuilder(lexicon: lexicon)
        for (number, document) in documents.enumerated() {
            let sentences = (document["sents"] as? [[String]]) ?? []
            let vertices = (document["vertexSet"] as? [[[String: Any]]]) ?? []
            let labels = (document["labels"] as? [[String: Any]]) ?? []
            let text = sentences.map { $0.joined(separator: " ") }.joined(separator: "\n")
            let draft = builder.build([
                TextDocument(id: DocumentID(contentsOf: Array(text.utf8)), path: "held-out-\(number).txt", text: text)
            ])
            let vertexOf = goldVertices(of: draft, vertices)
            count(labels, drawn: drawnRelations(draft, vertexOf: vertexOf), vertexOf: vertexOf, into: &counts)
        }
        var lines = [
            "relation       recall  precision  (held-out documents; both ends matched to gold entities by name)"
        ]
        var total = Counts()
        for (name, _) in measured {
            let count = counts[name] ?? Counts()
            lines.append(line(name, count))
            total.gold += count.gold
            total.goldWithEnds += count.goldWithEnds
            total.found += count.found
            total.drawn += count.drawn
            total.drawnCorrect += count.drawnCorrect
        }
        lines.append(line("all", total))
        return lines.joined(separator: "\n")
    }

    /// Our entities by the gold vertices whose mentions they name. One of
    /// our entities can stand for several gold vertices: Re-DocRED often
    /// keeps a demonym ("French") apart from its country ("France"), which
    /// the graph reads as one country.
    private static func goldVertices(of draft: GraphDraft, _ vertices: [[[String: Any]]]) -> [EntityID: Set<Int>] {
        var names: [String: Set<Int>] = [:]
        for (index, vertex) in vertices.enumerated() {
            for mention in vertex {
                if let name = mention["name"] as? String { names[name.lowercased(), default: []].insert(index) }
            }
        }
        var vertexOf: [EntityID: Set<Int>] = [:]
        for entity in draft.entities.values {
            for form in [entity.name] + entity.aliases {
                if let indices = names[form.lowercased()] { vertexOf[entity.id, default: []].formUnion(indices) }
            }
        }
        return vertexOf
    }

    /// One relation drawn between gold entities: every pair of gold vertices
    /// its two ends stand for.
    struct DrawnRelation {
        var kind: RelationKind
        var pairs: Set<[Int]>
    }

    /// What we drew between gold entities, a head of state or government's
    /// office read as holding the country.
    private static func drawnRelations(_ draft: GraphDraft, vertexOf: [EntityID: Set<Int>]) -> [DrawnRelation] {
        var drawn: [DrawnRelation] = []
        var officeHolders: [EntityID: [EntityID]] = [:]
        for relation in draft.relations.values where relation.kind == .holds {
            // Only heads of state or government answer P6/P35, not every minister.
            guard let office = draft.entities[relation.target]?.name,
                headTitles.contains(where: { office.hasPrefix($0) })
            else { continue }
            officeHolders[relation.target, default: []].append(relation.source)
        }
        func pairs(_ source: EntityID, _ target: EntityID) -> Set<[Int]> {
            var result = Set<[Int]>()
            for head in vertexOf[source] ?? [] {
                for tail in vertexOf[target] ?? [] where head != tail { result.insert([head, tail]) }
            }
            return result
        }
        for relation in draft.relations.values {
            if relation.kind == .officeOf {
                for person in officeHolders[relation.source] ?? [] {
                    let found = pairs(person, relation.target)
                    if !found.isEmpty { drawn.append(DrawnRelation(kind: .holds, pairs: found)) }
                }
                continue
            }
            let found = pairs(relation.source, relation.target)
            if !found.isEmpty { drawn.append(DrawnRelation(kind: relation.kind, pairs: found)) }
        }
        return drawn
    }

    /// Counts the gold labels found and the drawn relations that are gold.
    private static func count(
        _ labels: [[String: Any]], drawn: [DrawnRelation], vertexOf: [EntityID: Set<Int>],
        into counts: inout [String: Counts]
    ) {
        var goldPairs: [String: Set<[Int]>] = [:]
        let ends = vertexOf.values.reduce(into: Set<Int>()) { $0.formUnion($1) }
        var drawnPairs: [RelationKind: Set<[Int]>] = [:]
        for relation in drawn { drawnPairs[relation.kind, default: []].formUnion(relation.pairs) }
        for label in labels {
            guard let property = label["r"] as? String, let rule = properties[property],
                let head = label["h"] as? Int, let tail = label["t"] as? Int,
                let name = measured.first(where: { !$0.1.isDisjoint(with: rule.kinds) })?.0
            else { continue }
            // P6/P35 read country → person; the graph says person holds an office of the country.
            let pair = rule.reversed ? [tail, head] : [head, tail]
            guard goldPairs[name, default: []].insert(pair).inserted else { continue }
            counts[name, default: Counts()].gold += 1
            if ends.contains(pair[0]) && ends.contains(pair[1]) { counts[name, default: Counts()].goldWithEnds += 1 }
            if rule.kinds.contains(where: { drawnPairs[$0]?.contains(pair) ?? false }) {
                counts[name, default: Counts()].found += 1
            }
        }
        for relation in drawn {
            guard let name = measured.first(where: { $0.1.contains(relation.kind) })?.0 else { continue }
            counts[name, default: Counts()].drawn += 1
            if !(goldPairs[name] ?? []).isDisjoint(with: relation.pairs) {
                counts[name, default: Counts()].drawnCorrect += 1
            }
        }
    }

    private static func line(_ name: String, _ count: Counts) -> String {
        func percent(_ part: Int, _ whole: Int) -> String {
            whole == 0 ? "-" : String(format: "%.1f%%", Double(part) / Double(whole) * 100)
        }
        return name.padding(toLength: 15, withPad: " ", startingAt: 0)
            + percent(count.found, count.gold).padding(toLength: 8, withPad: " ", startingAt: 0)
            + percent(count.drawnCorrect, count.drawn).padding(toLength: 11, withPad: " ", startingAt: 0)
            + "(\(count.found) of \(count.gold) gold, \(count.goldWithEnds) with both ends found;"
            + " \(count.drawnCorrect) of \(count.drawn) drawn)"
    }
}
