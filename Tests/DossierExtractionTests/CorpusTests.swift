import Dossier
import DossierFormats
import DossierTestSupport
import Foundation
import Testing

@testable import DossierExtraction

/// The whole output of every stage on every corpus input, compared with the
/// files recorded in `Corpus/expected/`: a change to one rule shows, stage by
/// stage, everything it moved. `RECORD_SNAPSHOTS=1` rewrites the files.
@Suite struct CorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    /// The names of the corpus inputs, sorted.
    static let inputs: [String] = {
        let folder = corpus.appendingPathComponent("inputs").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }()

    @Test func `the corpus holds the test texts, the seeds and the fuzz articles`() {
        #expect(Self.inputs.count >= 70)
        #expect(Self.inputs.contains("former-aide-secret-visit-to-israel.txt"))
        #expect(Self.inputs.contains("fuzz-html-article.html"))
    }

    @Test(arguments: inputs)
    func `every stage gives its recorded output`(input: String) throws {
        let url = Self.corpus.appendingPathComponent("inputs").appendingPathComponent(input)
        let bytes = try Data(contentsOf: url)
        let document = TextDocument(
            id: DocumentID(contentsOf: Array(bytes)), path: input, text: String(decoding: bytes, as: UTF8.self),
            isHTML: input.hasSuffix(".html"))
        let builder = TextGraphBuilder(lexicon: sharedLexicon)
        let trace = PipelineTrace(of: document, builder: builder)
        let expected = Self.corpus.appendingPathComponent("expected")
        for stage in PipelineTrace.Stage.allCases {
            assertSnapshot(trace.text(of: stage), named: "\(input).\(stage.rawValue).txt", in: expected)
        }
        let draft = JSONGraphWriter().write(builder.build([document]))
        assertSnapshot(draft, named: "\(input).draft.json", in: expected)
    }
}
