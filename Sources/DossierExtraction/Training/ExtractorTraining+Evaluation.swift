import Foundation

extension ExtractorTraining {
    /// Mention recall, precision and F1 by type on annotated sentences, with
    /// the lexicon and chunk recognizers as the text builder runs them.
    public static func evaluate(sentences words: [[String]], gold: [[(Range<Int>, Int)]], lexicon: Lexicon) -> String {
        evaluate(zip(words, gold).map { AnnotatedSentence(words: $0, gold: $1) }, lexicon: lexicon)
    }

    static func evaluate(_ annotated: [AnnotatedSentence], lexicon: Lexicon) -> String {
        var found = [Int](repeating: 0, count: 4)
        var correct = [Int](repeating: 0, count: 4)
        var expected = [Int](repeating: 0, count: 4)
        var spotted = 0
        let showMisses = ProcessInfo.processInfo.environment["DOSSIER_EVAL_MISSES"] != nil
        for (item, readSentence) in zip(annotated, read(annotated, lexicon: lexicon)) {
            let predicted = labelled(readSentence.mentions)
            for (_, label) in item.gold { expected[label] += 1 }
            for (range, label) in predicted {
                found[label] += 1
                if item.gold.contains(where: { $0.0 == range && $0.1 == label }) { correct[label] += 1 }
            }
            spotted += item.gold.filter { gold in predicted.contains { $0.0 == gold.0 } }.count
            if showMisses { reportMisses(item, predicted) }
        }
        var lines = ["type          recall  precision  F1     (exact span and type; held-out documents)"]
        for (label, name) in [(1, "person"), (2, "organization"), (3, "place")] {
            lines.append(line(name, correct[label], found[label], expected[label]))
        }
        lines.append(line("all", correct.reduce(0, +), found.reduce(0, +), expected.reduce(0, +)))
        let total = max(expected.reduce(0, +), 1)
        lines.append("spans found whatever the type: \(percent(spotted, total))")
        return lines.joined(separator: "\n")
    }

    /// The sentences read by the recognizers, names resolved per document.
    private static func read(_ annotated: [AnnotatedSentence], lexicon: Lexicon) -> [ReadSentence] {
        let recognizers: [any MentionRecognizing] = [
            LexiconRecognizer(lexicon: lexicon), ChunkRecognizer(lexicon: lexicon),
        ]
        var read: [ReadSentence] = []
        var start = 0
        for (index, item) in annotated.enumerated() {
            let sentence = sentence(item.words)
            var mentions: [Mention] = []
            for recognizer in recognizers {
                mentions += recognizer.mentions(in: sentence, existing: mentions, context: RecognitionContext())
            }
            read.append(ReadSentence(sentence: sentence, mentions: DocumentReader.withoutInnerMentions(mentions)))
            if index == annotated.count - 1 || annotated[index + 1].document != item.document {
                var documentSentences = Array(read[start...])
                DocumentReader.resolvePeople(&documentSentences)
                read.replaceSubrange(start..., with: documentSentences)
                start = read.count
            }
        }
        return read
    }

    /// The mentions as labelled spans: 1 person, 2 organization, 3 place.
    private static func labelled(_ mentions: [Mention]) -> [(Range<Int>, Int)] {
        mentions.compactMap { mention in
            guard !mention.isLanguage else { return nil }
            switch mention.kind {
            case .person: return (mention.start..<mention.end, 1)
            case .organization: return (mention.start..<mention.end, 2)
            case .country, .place: return (mention.start..<mention.end, 3)
            default: return nil
            }
        }
    }

    /// Writes each missed and each extra span to standard error.
    private static func reportMisses(_ item: AnnotatedSentence, _ predicted: [(Range<Int>, Int)]) {
        for (range, label) in item.gold where !predicted.contains(where: { $0.0 == range && $0.1 == label }) {
            let got = predicted.first { $0.0.overlaps(range) }
            let words = item.words[range].joined(separator: " ")
            let context = item.words[max(0, range.lowerBound - 3)..<min(item.words.count, range.upperBound + 2)]
                .joined(separator: " ")
            let seen = got.map { item.words[$0.0].joined(separator: " ") + "/\($0.1)" } ?? "-"
            FileHandle.standardError.write(Data("MISS \(label) [\(words)] got \(seen) | \(context)\n".utf8))
        }
        for (range, label) in predicted where !item.gold.contains(where: { $0.0 == range && $0.1 == label }) {
            let words = item.words[range].joined(separator: " ")
            let gold = item.gold.first { $0.0.overlaps(range) }
            let expected = gold.map { item.words[$0.0].joined(separator: " ") + "/\($0.1)" } ?? "-"
            FileHandle.standardError.write(Data("EXTRA \(label) [\(words)] gold \(expected)\n".utf8))
        }
    }

    private static func line(_ name: String, _ correct: Int, _ found: Int, _ expected: Int) -> String {
        let recall = Double(correct) / Double(max(expected, 1))
        let precision = Double(correct) / Double(max(found, 1))
        let f1 = recall + precision > 0 ? 2 * recall * precision / (recall + precision) : 0
        return name.padding(toLength: 14, withPad: " ", startingAt: 0)
            + percent(recall).padding(toLength: 8, withPad: " ", startingAt: 0)
            + percent(precision).padding(toLength: 11, withPad: " ", startingAt: 0) + percent(f1)
            + "   (\(correct) of \(expected), \(found) found)"
    }

    private static func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
    private static func percent(_ part: Int, _ whole: Int) -> String { percent(Double(part) / Double(whole)) }
}
