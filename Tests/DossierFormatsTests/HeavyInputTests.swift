import Dossier
import DossierFormats
import Foundation
import Testing

/// Large hostile inputs, run by `make fuzz` (DOSSIER_HEAVY=1); too slow for
/// every `make test`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["DOSSIER_HEAVY"] == "1"))
struct HeavyInputTests {
    @Test func `a 50 MB single line is read or refused without trouble`() throws {
        let line = String(repeating: "a", count: 50_000_000)
        let json = SourceFile(
            path: "line.json", bytes: Array(("{\"format\": \"dossier-graph/1\", \"x\": \"" + line + "\"").utf8))
        #expect(throws: FormatError.self) { try JSONGraphReader().read(json) }
        let csv = SourceFile(path: "nodes.csv", bytes: Array(("id,kind,name\n,person," + line).utf8))
        let draft = try CSVGraphReader().read(nodes: [csv], edges: []).draft
        #expect(draft.entities.count == 1)
        #expect(draft.entities.keys.first!.rawValue.count < 120)
    }

    @Test func `paths on a complete graph of 600 entities stop at the limit`() throws {
        var draft = GraphDraft()
        let ids = (0..<600).map { EntityID(rawValue: "person/k\($0)")! }
        for id in ids { draft.add(Entity(id: id, kind: .person, name: String(id.slug))) }
        for left in 0..<ids.count {
            for right in (left + 1)..<ids.count {
                draft.add(Relation(kind: .associateOf, source: ids[left], target: ids[right]))
            }
        }
        let graph = try Graph(draft)
        let started = Date()
        let search = try graph.paths(from: ids[0], to: ids[1], maxLength: 6)
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(search.isTruncated)
        #expect(search.paths.count == Graph.defaultPathLimit)
        #expect(try graph.neighbours(of: ids[0], depth: 1_000_000).entities.count == 600)
    }
}
