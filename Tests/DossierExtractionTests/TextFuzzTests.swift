import Dossier
import Foundation
import Testing

@testable import DossierExtraction

/// The text builder on random and mutated text: no crash, no hang, and
/// every relation still carries evidence.
@Suite struct TextFuzzTests {
    static let iterations = Int(ProcessInfo.processInfo.environment["FUZZ_ITERATIONS"] ?? "") ?? 60

    @Test func `mutated articles never crash the builder`() throws {
        let seeds = try FileManager.default.contentsOfDirectory(
            atPath: SeedTests.root.appendingPathComponent("seeds").path
        )
        .map { try String(contentsOf: SeedTests.root.appendingPathComponent("seeds/" + $0), encoding: .utf8) }
        var state: UInt64 = 99
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 20) % UInt64(max(bound, 1)))
        }
        let inserts = [
            "\u{0}", "\u{202E}", "“", "”", "'s", " Gen. ", "\n\n", "<p>", "&amp;", "Prime Minister ", " visited ",
            " denied ", "😀", "\u{FFFD}",
        ]
        for iteration in 0..<Self.iterations {
            var scalars = Array(seeds[iteration % seeds.count].unicodeScalars)
            for _ in 0..<20 {
                let position = next(scalars.count + 1)
                switch next(3) {
                case 0 where !scalars.isEmpty:
                    scalars.removeSubrange(position..<min(scalars.count, position + next(40)))
                case 1: scalars.insert(contentsOf: Array(inserts[next(inserts.count)].unicodeScalars), at: position)
                default: if position < scalars.count { scalars.swapAt(position, next(scalars.count)) }
                }
            }
            let text = String(String.UnicodeScalarView(scalars))
            let draft = build([text])
            #expect(draft.relations.values.allSatisfy { !$0.evidence.isEmpty })
            let html = build([text].map { "<html><body>\($0)</body></html>" })
            #expect(html.documents.count == 1)
        }
    }
}

/// A large single-line article (1 MB; larger ones need a release build), run by `make fuzz` (DOSSIER_HEAVY=1).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["DOSSIER_HEAVY"] == "1"))
struct HeavyTextTests {
    @Test func `a 1 MB article on one line is read in bounded sections`() {
        let sentence = "Prime Minister Jane Roe visited Oslo in May 2020 and met Foreign Minister John Doe "
        let text = String(repeating: sentence, count: 1_000_000 / sentence.count)
        let draft = build([text])
        #expect(draft.documents.count == 1)
        #expect(draft.entities.keys.contains(EntityID(kind: .person, name: "Jane Roe")))
    }
}
