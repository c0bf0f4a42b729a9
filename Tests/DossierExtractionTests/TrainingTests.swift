import Foundation
import Testing

@testable import DossierExtraction

/// Training and measuring on annotated documents in the Re-DocRED form,
/// written for these tests.
@Suite struct TrainingTests {
    /// One annotated document: sentences of tokens, entities as
    /// (name, sentence, start, end, type), and labels (head, tail, property).
    func document(
        _ sentences: [[String]], _ entities: [[(String, Int, Int, Int, String)]], _ labels: [(Int, Int, String)] = []
    ) -> [String: Any] {
        [
            "title": "test", "sents": sentences,
            "vertexSet": entities.map { mentions in
                mentions.map { ["name": $0.0, "sent_id": $0.1, "pos": [$0.2, $0.3], "type": $0.4] as [String: Any] }
            },
            "labels": labels.map { ["h": $0.0, "t": $0.1, "r": $0.2, "evidence": [0]] as [String: Any] },
        ]
    }

    @Test func `relations are measured against the annotated ones, kind by kind`() {
        let held = document(
            [
                "Tarnovica is a small town in Austria .".split(separator: " ").map(String.init),
                "Odile Mercadier was a Belgian economist .".split(separator: " ").map(String.init),
            ],
            [
                [("Tarnovica", 0, 0, 1, "LOC")], [("Austria", 0, 6, 7, "LOC")],
                [("Odile Mercadier", 1, 0, 2, "PER")], [("Belgian", 1, 4, 5, "LOC")],
                [("Green Alliance Party", 1, 0, 0, "ORG")],
            ],
            [(0, 1, "P17"), (2, 3, "P27"), (2, 4, "P102"), (0, 1, "P131")])
        let report = RelationEvaluation.report([held], lexicon: sharedLexicon)
        let lines = report.split(separator: "\n").map(String.init)
        #expect(lines.first { $0.hasPrefix("citizenOf") }?.contains("(1 of 1 gold") == true)
        #expect(lines.first { $0.hasPrefix("locatedIn") }?.contains("(1 of 1 gold") == true)
        #expect(lines.first { $0.hasPrefix("memberOf") }?.contains("(0 of 1 gold") == true)
        #expect(lines.first { $0.hasPrefix("all") }?.contains("(2 of 3 gold") == true)
    }

    @Test func `training writes a classifier that reads back and measures held-out documents`() throws {
        let sentence = "Amara Okafor met Ruben Salas in Lisbon .".split(separator: " ").map(String.init)
        let people: [[(String, Int, Int, Int, String)]] = [
            [("Amara Okafor", 0, 0, 2, "PER")], [("Ruben Salas", 0, 3, 5, "PER")], [("Lisbon", 0, 6, 7, "LOC")],
        ]
        let documents = (0..<5).map { _ in document([sentence], people) }
        let data = try JSONSerialization.data(withJSONObject: documents)
        let result = try ExtractorTraining.train(data: data, epochs: 2)
        #expect(ChunkClassifier(serialized: result.classifier) != nil)
        #expect(result.commonWords.contains("met"))
        let place = result.report.split(separator: "\n").first { $0.hasPrefix("place") }
        #expect(place?.contains("100.0%") == true)
        #expect(result.report.contains("relation"))
    }
}
