import Dossier
import Foundation
import Testing

@testable import DossierExtraction

@Suite struct ScratchDump {
    @Test func dump() throws {
        guard let path = ProcessInfo.processInfo.environment["DUMP_FILE"] else { return }
        let lexicon = try Lexicon.standard()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let preparer = TextPreparer(furniture: lexicon.furniture)
        let prepared = preparer.prepare(text)
        let read = DocumentReader(lexicon: lexicon).read(prepared, range: 0..<prepared.scalars.count, date: nil)
        var last: EntityKey?
        var facts = DocumentFacts(document: .init(id: .init(rawValue: "x"), title: "", path: ""))
        let analyzer = DocumentAnalyzer(lexicon: lexicon)
        for (index, sentence) in read.enumerated() {
            print("S\(index): " + sentence.sentence.tokens.map(\.text).joined(separator: " ").prefix(160))
            let units = analyzer.units(of: sentence, lastPerson: &last, facts: &facts, sentenceIndex: index)
            for unit in units { print("   [\(unit.start)-\(unit.end)] \(unit.kind)\(unit.isPossessive ? " 's" : "")\(unit.isQualifier ? " Q" : "")") }
        }
        let result = analyzer.analyze(read, prepared: prepared, document: .init(id: .init(rawValue: "x"), title: "", path: ""))
        for fact in result.facts { print("F \(fact.kind) \(fact.source) -> \(fact.target) \(fact.attributes) s\(fact.sentence)") }
        for event in result.events { print("E \(event.kind) \(event.participants.map { "\($0.entity.name)/\($0.role)" }) \(event.places.map(\.entity.name)) \(event.date ?? "-") \(event.label ?? "")") }
    }
}
