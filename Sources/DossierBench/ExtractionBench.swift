import Dossier
import DossierExtraction
import Foundation

/// Words a second of the text builder alone over a corpus of at least a
/// million words, made by repeating and varying the test texts and seeds.
enum ExtractionBench {
    static func run(_ options: BenchOptions) throws {
        let target = options.int("words", 1_000_000)
        let folder = options.string("texts", "bench/texts")
        var sources: [String] = []
        for path in [folder, "seeds"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path).sorted()) ?? []
            for name in names where name.hasSuffix(".txt") {
                if let text = try? String(contentsOfFile: path + "/" + name, encoding: .utf8) { sources.append(text) }
            }
        }
        guard !sources.isEmpty else {
            throw BenchError("no texts in \(folder)/ or seeds/: run dossier-bench from the project's folder")
        }
        let lexicon = try Lexicon.standard()
        let builder = TextGraphBuilder(lexicon: lexicon)
        var documents: [TextDocument] = []
        var words = 0
        var round = 0
        while words < target {
            for (index, text) in sources.enumerated() {
                // Vary each copy so documents differ: a numbered dateline and shuffled paragraphs.
                var paragraphs = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
                if paragraphs.count > 2 { paragraphs.append(paragraphs.removeFirst()) }
                let varied = "Report \(round)-\(index)\n" + paragraphs.joined(separator: "\n")
                words += TextGraphBuilder.wordCount(varied)
                documents.append(
                    TextDocument(
                        id: DocumentID(contentsOf: Array(varied.utf8)), path: "bench/\(round)-\(index).txt",
                        text: varied))
            }
            round += 1
        }
        if options.values["split"] != nil {
            let single = now()
            for document in documents.prefix(200) { _ = builder.build([document]) }
            report(["measure": "per-document", "seconds": (now() - single) / 200])
        }
        var timings: [Double] = []
        var entities = 0
        for _ in 0..<options.int("runs", 3) {
            let start = now()
            let draft = builder.build(documents)
            timings.append(now() - start)
            entities = draft.entities.count
        }
        let seconds = median(timings)
        report([
            "measure": "extraction", "words": words, "documents": documents.count, "seconds": seconds,
            "wordsPerSecond": Double(words) / seconds, "entities": entities,
            // On a shared machine the fastest run is the one least slowed by neighbours.
            "fastestWordsPerSecond": Double(words) / (timings.min() ?? seconds),
        ])
    }
}
