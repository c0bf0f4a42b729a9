import Dossier
import DossierRender
import Foundation

/// In-process SVG against the `dot` command on the same DOT text, and sfdp
/// on a large drawing.
enum RenderBench {
    static func graph(nodes: Int, seed: UInt64) throws -> (Graph, Subgraph) {
        var random = GraphGenerator.Random(state: seed)
        var draft = GraphDraft()
        var ids: [EntityID] = []
        let kinds: [EntityKind] = [.person, .person, .organization, .office, .place, .event, .country]
        for index in 0..<nodes {
            let entity = Entity(kind: kinds[index % kinds.count], name: "Entity number \(index)")
            ids.append(entity.id)
            draft.add(entity)
        }
        for index in 1..<nodes {
            draft.add(Relation(kind: .pressured, source: ids[index], target: ids[random.below(index)]))
            if index % 3 == 0 {
                draft.add(Relation(kind: .pressured, source: ids[index], target: ids[random.below(index)]))
            }
        }
        let graph = try Graph(draft)
        return (graph, Subgraph(start: [], entities: graph.entities, relations: graph.relations, distances: [:]))
    }

    static func time(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<runs {
            let start = now()
            try body()
            times.append(now() - start)
        }
        return median(times)
    }

    static func run(_ options: BenchOptions) throws {
        let dotCommand = options.string("dot", "/usr/bin/dot")
        for (nodes, layout, runs) in [(50, "dot", 5), (500, "dot", 3), (5_000, "sfdp", 3)] {
            let (graph, subgraph) = try graph(nodes: nodes, seed: UInt64(nodes))
            var options = DOTWriter.Options()
            options.legend = false
            options.curvedEdges = layout == "dot"
            let text = DOTWriter().write(subgraph, in: graph, options: options)
            let inProcess = try time(runs) {
                _ = try GraphvizContext.shared.render(dot: text, layout: layout, format: "svg")
            }
            var command = Double.nan
            if FileManager.default.isExecutableFile(atPath: dotCommand) {
                let input = NSTemporaryDirectory() + "dossier-bench-\(nodes).dot"
                try text.write(toFile: input, atomically: true, encoding: .utf8)
                command = try time(runs) {
                    let process = Process()
                    process.executableURL = URL(fileURLWithPath: dotCommand)
                    process.arguments = ["-K\(layout)", "-Tsvg", input, "-o", "/dev/null"]
                    try process.run()
                    process.waitUntilExit()
                }
            }
            report([
                "measure": "render", "nodes": nodes, "layout": layout, "inProcessSeconds": inProcess,
                // JSON has no NaN: no `dot` command gives null.
                "commandSeconds": command.isNaN ? NSNull() : command,
            ])
        }
    }
}
