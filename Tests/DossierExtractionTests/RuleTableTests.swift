import Dossier
import Testing

@testable import DossierExtraction

/// The stage block a rule family writes for one sentence, from the trace.
func stageText(_ text: String, _ stage: PipelineTrace.Stage) -> String {
    let document = TextDocument(id: DocumentID(contentsOf: Array(text.utf8)), path: "rule.txt", text: text)
    return PipelineTrace(of: document, builder: TextGraphBuilder(lexicon: sharedLexicon)).text(of: stage)
}

/// One table per rule family: a phrase and the whole output of its stage,
/// negatives included ("gives nothing").
@Suite struct RuleTableTests {
    static let events: [(String, String)] = [
        (
            "Ana Costa visited Oslo.",
            "e0 visit sentences=s0\n  visitor person \"Ana Costa\" s0\n  place place \"Oslo\" s0\n"
        ),
        ("Ana Costa visited the museum.", "(none)\n"),
        (
            "President William Ruto appointed Mary Wanjiku as ambassador.",
            "e0 appointment sentences=s0\n  subject person \"Mary Wanjiku\" s0\n  agent person \"William Ruto\" s0\n"
        ),
        ("The minister Mary Wanjiku resigned.", "e0 resignation sentences=s0\n  agent person \"Mary Wanjiku\" s0\n"),
        (
            "Chile and Argentina signed an agreement in Santiago.",
            "e0 agreement sentences=s0\n  participant country \"Chile\" s0\n  participant country \"Argentina\" s0\n"
                + "  place place \"Santiago\" s0\n"
        ),
        ("Chile signed the striker.", "(none)\n"),
        (
            "Opposition leader Tomas Vrana alleged that Ana Costa had lied.",
            "e0 accusation sentences=s0\n  agent person \"Tomas Vrana\" s0\n  subject person \"Ana Costa\" s0\n"
        ),
        ("Police found the alleged bribe.", "(none)\n"),
    ]

    @Test(arguments: events)
    func `event rules write exactly these events`(phrase: String, expected: String) {
        #expect(stageText(phrase, .events) == expected, "\(phrase)")
    }

    static let relations: [(String, String)] = [
        ("He has a British passport.", "(none)\n"),
        (
            "Ana Costa, a Chilean lawyer, spoke.",
            "s0 citizenOf person \"Ana Costa\" -> country \"Chile\"\n"
        ),
        (
            "Pakistan's ally Turkey agreed.",
            "s0 alliedWith country \"Pakistan\" -> country \"Turkey\"\n"
        ),
        (
            "Israel is normalising relations with Bahrain.",
            "s0 relationsWith country \"Israel\" -> country \"Bahrain\" status=\"normalized\"\n"
        ),
        // Signing is no normalization; that two countries deal is read from the agreement, marked as context.
        (
            "Israel signed a deal with Bahrain.",
            "s0 relationsWith country \"Israel\" -> country \"Bahrain\" basis=\"context\"\n"
        ),
    ]

    @Test(arguments: relations)
    func `relation rules write exactly these facts`(phrase: String, expected: String) {
        #expect(stageText(phrase, .facts) == expected, "\(phrase)")
    }

    @Test func `the name rules are listed once each, surest first`() {
        let names = NameRules.standard.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(names.first == "hyphenated-lowercase")
        #expect(names.last == "fallback-person")
        #expect(names.firstIndex(of: "after-honorific")! < names.firstIndex(of: "classifier")!)
    }

    static let names: [(String, String, NameDecision.Tag)] = [
        ("Dr. Quenby Marlowe spoke.", "Quenby Marlowe", .person),
        ("The GDP rose.", "GDP", .notAName),
        ("Mount Velkan is high.", "Mount Velkan", .place),
        ("Profits at Kestrel Dynamics rose.", "Kestrel Dynamics", .organization),
    ]

    @Test(arguments: names)
    func `the first name rule that does not pass decides`(phrase: String, run: String, tag: NameDecision.Tag) throws {
        let sentence = Tokenizer.sentences(in: TextPreparer.scalars(of: phrase))[0]
        let existing = LexiconRecognizer(lexicon: sharedLexicon).mentions(
            in: sentence, existing: [], context: RecognitionContext())
        let words = Tokenizer.words(of: run)
        let start = try #require(sentence.tokens.firstIndex { $0.lower == words[0] })
        let chunk = NameChunk(
            tokens: sentence.tokens, start: start, end: start + words.count,
            kindAt: ChunkRecognizer.Coverage(existing, count: sentence.tokens.count),
            recognizer: ChunkRecognizer(lexicon: sharedLexicon))
        #expect(NameRules.decide(chunk).tag == tag, "\(phrase)")
    }
}

extension NameDecision {
    /// A decision without its mention, for tables.
    enum Tag: Sendable { case person, organization, place, otherName, candidate, notAName }

    var tag: Tag {
        switch self {
        case .name(let mention):
            switch mention.kind {
            case .person: .person
            case .organization: .organization
            case .place: .place
            default: .otherName
            }
        case .candidate: .candidate
        case .notAName, .pass: .notAName
        }
    }
}
