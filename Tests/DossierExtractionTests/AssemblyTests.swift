import Dossier
import Testing

@testable import DossierExtraction

/// The parts that keep assembly linear in the number of articles, and the
/// name rules that news collections lean on.
@Suite struct AssemblyTests {
    @Test func `date prefixes run from the year to the day`() {
        #expect(EventIndex.prefixes(of: "2020-11-05") == ["2020", "2020-11", "2020-11-05"])
        #expect(EventIndex.prefixes(of: "2020") == ["2020"])
    }

    @Test func `an event is compared with undated ones and those whose date agrees`() {
        var index = EventIndex()
        index.insert(0, buckets: ["meeting|a"], date: "2020-11-05")
        index.insert(1, buckets: ["meeting|a"], date: "2020-11")
        index.insert(2, buckets: ["meeting|a"], date: nil)
        index.insert(3, buckets: ["meeting|a"], date: "2021-01-02")
        index.insert(4, buckets: ["meeting|b"], date: "2020-11-05")
        index.insert(5, buckets: ["meeting|a"], date: "2020-12")
        #expect(index.candidates(buckets: ["meeting|a"], date: "2020-11-05") == [0, 1, 2])
        #expect(index.candidates(buckets: ["meeting|a"], date: "2020-11") == [0, 1, 2])
        #expect(index.candidates(buckets: ["meeting|a"], date: "2020") == [0, 1, 2, 5])
        #expect(index.candidates(buckets: ["meeting|a"], date: nil) == [0, 1, 2, 3, 5])
        #expect(index.candidates(buckets: ["meeting|a"], date: "") == [0, 1, 2, 3, 5])
        #expect(index.candidates(buckets: ["meeting|a", "meeting|b"], date: "2020-11-05") == [0, 1, 2, 4])
        #expect(index.candidates(buckets: ["visit|a"], date: "2020") == [])
    }

    @Test func `a large batch of evidence sorts as its order says, whatever its document ids`() {
        // Ids that share eight bytes, shorter than eight, not ASCII, and their mixes.
        let ids = ["abcdefgh2", "abcdefgh1", "ab", "abc", "zz", "é-doc", "e\u{301}-doc", "Zeta", "abcdefgh", ""]
        let items = (0..<40).map { index in
            Evidence(
                document: DocumentID(rawValue: ids[index % ids.count]), sentence: "s\(index % 3)", start: index % 4,
                end: 9)
        }
        var relation = Relation(
            kind: .locatedIn, source: EntityID(rawValue: "place/lima")!, target: EntityID(rawValue: "country/peru")!)
        relation.addEvidence(items)
        var expected: [Evidence] = []
        for item in items.sorted() where expected.last != item { expected.append(item) }
        #expect(relation.evidence == expected)
    }

    @Test func `many pieces of evidence merge into one sorted list without repeats`() {
        let documents = (0..<40).map { DocumentID(contentsOf: Array("doc \($0)".utf8)) }
        let items = documents.flatMap { document in
            [Evidence(document: document, sentence: "s", start: 0, end: 1)]
        }
        let source = EntityID(rawValue: "place/lima")!
        let target = EntityID(rawValue: "country/peru")!
        var one = Relation(kind: .locatedIn, source: source, target: target, evidence: Array(items.prefix(10)))
        one.addEvidence(items.reversed() + items.prefix(5))
        #expect(one.evidence.count == 40)
        #expect(one.evidence == one.evidence.sorted())
        #expect(one.evidence == items.sorted())

        var collector = RelationCollector()
        for item in items.reversed() {
            collector.add(
                Relation(kind: .locatedIn, source: source, target: target, attributes: ["basis": "x"], evidence: [item])
            )
        }
        collector.add(Relation(kind: .locatedIn, source: source, target: target, attributes: ["basis": "y", "n": "1"]))
        let gathered = collector.relationsWithEvidence()
        #expect(gathered.count == 1)
        #expect(gathered[0].evidence == items.sorted())
        #expect(gathered[0].attributes == ["basis": "x", "n": "1"])
    }

    @Test func `a session gives the draft that building all at once gives`() {
        let texts = [
            "Foreign Minister Dara Okafor of Ghana met Lena Moreau in Accra on May 4, 2022.",
            "Lena Moreau left Accra after meeting Okafor on May 4, 2022, the Daily Graphic reported.",
        ]
        let documents = texts.enumerated().map { index, text in
            TextDocument(id: DocumentID(contentsOf: Array(text.utf8)), path: "n\(index).txt", text: text)
        }
        let builder = TextGraphBuilder(lexicon: sharedLexicon)
        var session = ExtractionSession(builder: builder)
        for document in documents { session.add(document) }
        #expect(session.documentCount == 2)
        let draft = session.assemble()
        #expect(draft == builder.build(documents))
        #expect(draft.relation(.holds, "Dara Okafor", "Foreign Minister of Ghana") != nil)
        #expect(draft.event("meeting").count == 1)
    }

    @Test func `a meeting told a thousand times is one event with a thousand pieces of evidence`() throws {
        let sentence = "Farid Haddad met Olga Petrov in Oslo on June 2, 2015. "
        let draft = build([String(repeating: sentence, count: 1_000)])
        let meetings = draft.event("meeting")
        #expect(meetings.count == 1)
        let meeting = try #require(meetings.first)
        #expect(draft.participants(of: meeting, role: "participant") == ["Farid Haddad", "Olga Petrov"])
        let told = draft.relations.values.filter { $0.kind == .participant && $0.target == meeting.id }
        #expect(told.map(\.evidence.count) == [1_000, 1_000])
    }

    @Test func `a country after a person's name qualifies the title before it`() throws {
        let draft = build([
            "President Tomas Novak of Slovakia met Chancellor Ingrid Berg of Austria in Vienna. "
                + "The Bank of Japan kept its rates, and the University of Oslo said so."
        ])
        #expect(draft.relation(.holds, "Tomas Novak", "President of Slovakia") != nil)
        #expect(draft.relation(.holds, "Ingrid Berg", "Chancellor of Austria") != nil)
        let names = Set(draft.entities.values.map(\.name))
        #expect(names.isSuperset(of: ["Tomas Novak", "Ingrid Berg", "Bank of Japan", "University of Oslo"]))
        #expect(!names.contains("Tomas Novak of Slovakia"))
    }

    @Test func `an unknown acronym is an organization`() {
        let found = entityNames(
            "Delegates from APEC and the EESI met Maryam Lindqvist; the OSCE said so.", .organization)
        #expect(found.sorted() == ["APEC", "EESI", "OSCE"])
        #expect(entityNames("Officials said the deal DID NOT happen.", .organization).isEmpty)
    }

    @Test func `a run that starts with a given name is a person`() {
        #expect(
            entityNames("Officials said Maryam Lindqvist arrived with Kofi Tanaka.", .person).sorted() == [
                "Kofi Tanaka", "Maryam Lindqvist",
            ])
        #expect(entityNames("Officials said Maryam Lindqvist arrived with Kofi Tanaka.", .place).isEmpty)
    }
}
