import Dossier
public import Foundation

/// Builds the text builder's statistical parts from annotated text in the
/// Re-DocRED form (`title`, `sents`, `vertexSet` with PER, ORG, LOC types):
/// the list of common lower-case words and the chunk classifier, trained on
/// most documents and measured on the rest.
public enum ExtractorTraining {
    /// What training made and how well it did on the held-out documents.
    public struct Result: Sendable {
        /// `common-words.txt`.
        public var commonWords: String
        /// `chunk-classifier.tsv`.
        public var classifier: String
        /// Recall, precision and F1 of mentions by type on held-out text.
        public var report: String
    }

    struct AnnotatedSentence {
        var document = 0
        var words: [String]
        /// Gold mentions: token range and class index (1 person, 2 organization, 3 place).
        var gold: [(Range<Int>, Int)]
    }

    /// Trains on `data` (the JSON file's bytes), holding out every fifth document.
    public static func train(data: Data, epochs: Int = 16) throws -> Result {
        guard let documents = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
            throw ExtractionError.missingResources("the training file is not a list of documents")
        }
        var heldOutDocuments: [[String: Any]] = []
        var train: [AnnotatedSentence] = []
        var heldOut: [AnnotatedSentence] = []
        var lowerCounts: [String: Int] = [:]
        var capitalCounts: [String: Int] = [:]
        for (number, document) in documents.enumerated() {
            let sentences = annotated(document).map { sentence in
                var copy = sentence
                copy.document = number
                return copy
            }
            if number % 5 == 4 {
                heldOut += sentences
                heldOutDocuments.append(document)
            } else {
                train += sentences
            }
            guard number % 5 != 4 else { continue }
            for sentence in sentences {
                for (position, word) in sentence.words.enumerated() {
                    guard let first = word.unicodeScalars.first, first.properties.isAlphabetic else { continue }
                    if first.properties.isLowercase {
                        lowerCounts[word, default: 0] += 1
                    } else if position > 0 {
                        capitalCounts[word.lowercased(), default: 0] += 1
                    }
                }
            }
        }
        let common = lowerCounts.filter { $0.value >= (capitalCounts[$0.key] ?? 0) }.keys.sorted()
        var lexicon = try Lexicon.standard()
        lexicon.commonWords = Set(common)
        lexicon.classifier = nil
        let examples = train.flatMap { chunkExamples($0, lexicon: lexicon) }
        let classifier = perceptron(examples, epochs: epochs)
        lexicon.classifier = classifier
        let report =
            evaluate(heldOut, lexicon: lexicon) + "\n\n" + RelationEvaluation.report(heldOutDocuments, lexicon: lexicon)
        let header = "# Common lower-case words, learned from Re-DocRED's development split by `make model`.\n"
        return Result(
            commonWords: header + common.joined(separator: "\n") + "\n", classifier: classifier.serialized,
            report: report)
    }

    static func annotated(_ document: [String: Any]) -> [AnnotatedSentence] {
        let sentences = (document["sents"] as? [[String]]) ?? []
        var gold = [[(Range<Int>, Int)]](repeating: [], count: sentences.count)
        for entity in (document["vertexSet"] as? [[[String: Any]]]) ?? [] {
            for mention in entity {
                guard let sentence = mention["sent_id"] as? Int, sentence < sentences.count,
                    let position = mention["pos"] as? [Int], position.count == 2, let type = mention["type"] as? String
                else { continue }
                let label = ["PER": 1, "ORG": 2, "LOC": 3][type]
                if let label { gold[sentence].append((position[0]..<position[1], label)) }
            }
        }
        return sentences.indices.map { AnnotatedSentence(words: sentences[$0], gold: gold[$0]) }
    }

    static func tokens(_ words: [String]) -> [Token] {
        var offset = 0
        return words.map { word in
            let scalars = Array(word.unicodeScalars)
            let letters = scalars.filter(Tokenizer.isLetter)
            let token = Token(
                start: offset, end: offset + scalars.count, text: word, lower: word.lowercased(),
                isCapitalized: scalars.first?.properties.isUppercase ?? false,
                isWord: scalars.contains { Tokenizer.isLetter($0) || Tokenizer.isDigit($0) },
                isAllCaps: letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase })
            offset += scalars.count + 1
            return token
        }
    }

    static func sentence(_ words: [String]) -> Sentence {
        let list = tokens(words)
        return Sentence(tokens: list, start: 0, end: list.last?.end ?? 0)
    }

    /// Chunks the recognizer would classify, with their gold class.
    static func chunkExamples(_ annotated: AnnotatedSentence, lexicon: Lexicon) -> [([String], Int)] {
        let sentence = sentence(annotated.words)
        let existing = LexiconRecognizer(lexicon: lexicon).mentions(
            in: sentence, existing: [], context: RecognitionContext())
        var covered = [Bool](repeating: false, count: sentence.tokens.count)
        for mention in existing { for position in mention.start..<mention.end { covered[position] = true } }
        var absorbable = [Bool](repeating: false, count: sentence.tokens.count)
        for mention in existing where ChunkRecognizer.isAbsorbable(mention) {
            for position in mention.start..<mention.end { absorbable[position] = true }
        }
        return ChunkRecognizer(lexicon: lexicon).chunks(sentence.tokens, covered: covered, absorbable: absorbable).map {
            range in
            let label =
                annotated.gold.first { $0.0 == range }?.1
                ?? annotated.gold.first { $0.0.contains(range.lowerBound) && $0.0.contains(range.upperBound - 1) }?.1
                ?? 0
            return (
                ChunkClassifier.features(
                    tokens: sentence.tokens, start: range.lowerBound, end: range.upperBound, lexicon: lexicon), label
            )
        }
    }

    /// An averaged multiclass perceptron, examples visited in a fixed order.
    static func perceptron(_ examples: [([String], Int)], epochs: Int) -> ChunkClassifier {
        let classes = ChunkClassifier.classes.count
        var weights: [String: [Float]] = [:]
        var totals: [String: [Float]] = [:]
        var stamps: [String: Int] = [:]
        var step = 0
        func update(_ feature: String, _ label: Int, _ amount: Float) {
            var values = weights[feature] ?? [Float](repeating: 0, count: classes)
            var sums = totals[feature] ?? [Float](repeating: 0, count: classes)
            let elapsed = Float(step - (stamps[feature] ?? 0))
            for index in 0..<classes { sums[index] += elapsed * values[index] }
            values[label] += amount
            weights[feature] = values
            totals[feature] = sums
            stamps[feature] = step
        }
        for epoch in 0..<epochs {
            for index in examples.indices {
                let (features, label) = examples[(index * 7919 + epoch * 104_729) % examples.count]
                step += 1
                var scores = [Float](repeating: 0, count: classes)
                for feature in features {
                    if let values = weights[feature] { for value in 0..<classes { scores[value] += values[value] } }
                }
                let guess = scores.indices.max { scores[$0] < scores[$1] }!
                guard guess != label else { continue }
                for feature in features {
                    update(feature, label, 1)
                    update(feature, guess, -1)
                }
            }
        }
        var averaged: [String: [Float]] = [:]
        for (feature, values) in weights {
            var sums = totals[feature]!
            let elapsed = Float(step - (stamps[feature] ?? 0))
            for index in 0..<classes { sums[index] += elapsed * values[index] }
            averaged[feature] = sums.map { $0 / Float(max(step, 1)) }
        }
        return ChunkClassifier(weights: averaged)
    }
}
