import Dossier
import DossierFormats
import Foundation
import Testing

/// Seeded random and mutated inputs for the readers: none may crash or
/// hang, and every rejection is a FormatError with a message. `make fuzz`
/// raises FUZZ_ITERATIONS for a longer run.
@Suite struct FuzzTests {
    static let iterations = Int(ProcessInfo.processInfo.environment["FUZZ_ITERATIONS"] ?? "") ?? 150

    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 17
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }
    }

    static let seeds: [String] = [
        JSONGraphTests.sample,
        "id,kind,name,aliases\nperson/a,person,\"A, \"\"Jr\"\"\",x|y\r\ncountry/b,country,B,\n",
        "source,target,kind,role\nperson/a,country/b,citizenOf,\n",
        "{\"format\": \"dossier-facts/1\", \"entities\": [{\"kind\": \"person\", \"name\": \"A\"}], \"same\": [[\"A\", \"B\"]]}",
    ]

    static let pieces: [[UInt8]] = [
        Array("{".utf8), Array("}".utf8), Array("[".utf8), Array("]".utf8), Array("\"".utf8), Array(",".utf8),
        Array("\\".utf8),
        Array("\\u".utf8), [0xFF], [0x00], [0xC3], Array("\r\n".utf8), Array("\"\"".utf8), Array("person/".utf8),
        Array("e9".utf8), Array("-".utf8), Array("null".utf8), Array(String(repeating: "[", count: 600).utf8),
    ]

    static func mutate(_ bytes: [UInt8], _ random: inout Random) -> [UInt8] {
        var out = bytes
        for _ in 0..<(1 + random.below(4)) {
            switch random.below(4) {
            case 0 where !out.isEmpty: out.remove(at: random.below(out.count))
            case 1: out.insert(contentsOf: pieces[random.below(pieces.count)], at: random.below(out.count + 1))
            case 2 where !out.isEmpty: out[random.below(out.count)] = UInt8(truncatingIfNeeded: random.next())
            default: out = Array(out.prefix(random.below(out.count + 1)))
            }
        }
        return out
    }

    @Test func `mutated inputs are read or rejected with a message, never a crash`() {
        var random = Random(state: 2026)
        var rejected = 0
        var accepted = 0
        for iteration in 0..<Self.iterations {
            let seed = Self.seeds[iteration % Self.seeds.count]
            let bytes = Self.mutate(Array(seed.utf8), &random)
            for name in ["fuzz.json", "nodes.csv", "edges.csv"] {
                let file = SourceFile(path: name, bytes: bytes)
                do {
                    _ = try SourceCollector().read([file])
                    accepted += 1
                } catch {
                    #expect(!error.description.isEmpty)
                    #expect(!error.description.contains("NSCocoaErrorDomain"))
                    rejected += 1
                }
            }
        }
        #expect(rejected > 0)
        #expect(accepted > 0)
    }

    @Test func `random bytes are rejected cleanly`() {
        var random = Random(state: 7)
        for _ in 0..<Self.iterations {
            let bytes = (0..<random.below(400)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            #expect(throws: FormatError.self) {
                try JSONGraphReader().read(SourceFile(path: "r.json", bytes: bytes + [0]))
            }
            _ = try? CSVGraphReader().read(nodes: [SourceFile(path: "n.csv", bytes: bytes)], edges: [])
        }
    }

    @Test func `deeply nested and huge inputs are bounded`() throws {
        let nested = Array(String(repeating: "{\"a\":", count: 200_000).utf8)
        #expect(throws: FormatError.self) { try JSONGraphReader().read(SourceFile(path: "deep.json", bytes: nested)) }
        let longName = String(repeating: "x", count: 100_000)
        let csv = "id,kind,name\n,person,\(longName)\n"
        let draft = try CSVGraphReader().read(nodes: [SourceFile(path: "n.csv", bytes: Array(csv.utf8))], edges: [])
            .draft
        #expect(draft.entities.values.first?.id.rawValue.count ?? 0 < 120)
        let cycle = (0..<100_000).map { "person/c\($0),person/c\(($0 + 1) % 100_000),advises" }.joined(separator: "\n")
        let nodes = "id,kind,name\n" + (0..<100_000).map { "person/c\($0),person,C\($0)" }.joined(separator: "\n")
        let big = try CSVGraphReader().read(
            nodes: [SourceFile(path: "n.csv", bytes: Array(nodes.utf8))],
            edges: [SourceFile(path: "e.csv", bytes: Array(("source,target,kind\n" + cycle).utf8))]
        ).draft
        let graph = try Graph(big)
        #expect(
            try graph.shortestPath(from: EntityID(rawValue: "person/c0")!, to: EntityID(rawValue: "person/c50000")!)?
                .length == 50_000)
    }
}
