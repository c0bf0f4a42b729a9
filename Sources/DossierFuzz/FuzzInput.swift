import Dossier
import DossierExtraction
import DossierFormats
import DossierRender
import Foundation

/// One fuzzing input, sent by its first byte to a reader (JSON, CSV pair,
/// facts), the text builder or the DOT writer. A reader may reject the
/// input only with a ``FormatError`` that has a message; anything else
/// stops the process, which is what libFuzzer reports as a crash.
enum FuzzInput {
    /// The lexicon, read once.
    static let lexicon: Lexicon = {
        do { return try Lexicon.standard() } catch { fatalError("the lexicon cannot be read: \(error)") }
    }()

    /// Runs one input.
    static func run(_ data: [UInt8]) {
        guard let selector = data.first else { return }
        let bytes = Array(data.dropFirst())
        switch selector % 4 {
        case 0: read(bytes, as: "fuzz.json")
        case 1:
            let cut = bytes.firstIndex(of: 0x1E) ?? bytes.count
            readPair(nodes: Array(bytes[..<cut]), edges: Array(bytes[min(cut + 1, bytes.count)...]))
        case 2: extract(bytes, isHTML: selector & 0x80 != 0)
        default: draw(bytes)
        }
    }

    private static func read(_ bytes: [UInt8], as name: String) {
        do {
            _ = try SourceCollector().read([SourceFile(path: name, bytes: bytes)])
        } catch {
            check(error)
        }
    }

    private static func readPair(nodes: [UInt8], edges: [UInt8]) {
        do {
            _ = try CSVGraphReader().read(
                nodes: [SourceFile(path: "nodes.csv", bytes: Array("id,kind,name\n".utf8) + nodes)],
                edges: [SourceFile(path: "edges.csv", bytes: Array("source,target,kind\n".utf8) + edges)])
        } catch {
            check(error)
        }
    }

    private static func extract(_ bytes: [UInt8], isHTML: Bool) {
        let file = SourceFile(path: "article.txt", bytes: bytes)
        let text: String
        do {
            text = String(decoding: try file.utf8Bytes(), as: UTF8.self)
        } catch {
            check(error)
            return
        }
        let draft = TextGraphBuilder(lexicon: lexicon).build([
            TextDocument(id: file.documentID, path: file.path, text: text, isHTML: isHTML)
        ])
        for relation in draft.relations.values where draft.entities[relation.source] == nil {
            fatalError("a relation from an entity the draft does not hold: \(relation.id)")
        }
    }

    /// Lines are names; every two neighbouring names are related.
    private static func draw(_ bytes: [UInt8]) {
        let names = String(decoding: bytes, as: UTF8.self).split(separator: "\n").prefix(50).map(String.init)
        var draft = GraphDraft()
        var ids: [EntityID] = []
        for name in names where !name.isEmpty {
            let entity = Entity(kind: .person, name: name)
            draft.add(entity)
            ids.append(entity.id)
        }
        for (left, right) in zip(ids, ids.dropFirst()) where left != right {
            draft.add(Relation(kind: .associateOf, source: left, target: right))
        }
        do {
            let graph = try Graph(draft)
            let whole = Subgraph(start: [], entities: graph.entities, relations: graph.relations, distances: [:])
            let dot = DOTWriter().write(whole, in: graph)
            guard dot.hasPrefix("digraph") || dot.hasPrefix("graph"), dot.hasSuffix("}\n") else {
                fatalError("the DOT text is not one whole graph")
            }
        } catch {
            fatalError("a graph of generated names was refused: \(error)")
        }
    }

    private static func check(_ error: any Error) {
        guard let error = error as? FormatError else {
            fatalError("rejected with \(type(of: error)), not FormatError: \(error)")
        }
        guard !error.description.isEmpty, !error.description.contains("NSCocoaErrorDomain") else {
            fatalError("a rejection without a clear message: \(error)")
        }
    }
}
