import Dossier

/// A multiclass averaged perceptron that tells whether a run of
/// capitalized words names a person, an organization, a place or nothing,
/// from the words, their shapes and affixes, the words around them and
/// lexicon hits. Trained by ``ChunkClassifierTrainer`` on annotated text.
struct ChunkClassifier: Sendable {
    /// The classes, in weight order.
    static let classes = ["none", "person", "organization", "place"]

    /// Feature name → one weight per class.
    var weights: [String: [Float]] {
        didSet { table = WeightTable(weights) }
    }
    /// The weights by the hash of their feature's name, for prediction.
    private var table: WeightTable

    /// Reads weights written by ``serialized``.
    init?(serialized text: String) {
        var weights: [String: [Float]] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            let values = fields[1].split(separator: ",").compactMap { Float($0) }
            guard values.count == Self.classes.count else { return nil }
            weights[String(fields[0])] = values
        }
        guard !weights.isEmpty else { return nil }
        self.init(weights: weights)
    }

    init(weights: [String: [Float]]) {
        self.weights = weights
        self.table = WeightTable(weights)
    }

    /// The weights as text: one feature a line, `name<TAB>w1,w2,w3,w4`.
    var serialized: String {
        var out = "# chunk classifier: feature\t" + Self.classes.joined(separator: ",") + "\n"
        for name in weights.keys.sorted() {
            let values = weights[name]!
            guard values.contains(where: { abs($0) > 0.0005 }) else { continue }
            out += name + "\t" + values.map { String(format3: $0) }.joined(separator: ",") + "\n"
        }
        return out
    }

    /// The features of the run `tokens[start..<end]`, by name.
    static func features(tokens: [Token], start: Int, end: Int, lexicon: Lexicon) -> [String] {
        var names = FeatureNames()
        emitFeatures(tokens: tokens, start: start, end: end, lexicon: lexicon, into: &names)
        return names.names
    }

    /// Gives each feature of the run to `sink`: the words, their shapes and
    /// affixes, lexicon hits, cue words and the words around the run. One
    /// definition serves training (names) and prediction (hashes).
    static func emitFeatures<Sink: FeatureSink>(
        tokens: [Token], start: Int, end: Int, lexicon: Lexicon, into sink: inout Sink
    ) {
        sink.add("bias")
        sink.add("length=", String(min(end - start, 4)))
        for position in start..<end {
            let token = tokens[position]
            let word = token.lower
            sink.add("w=", word)
            if word.utf8.allSatisfy({ $0 < 0x80 }) {
                // ASCII: the same affixes as by characters, without grapheme breaking.
                let bytes = word.utf8
                sink.add("suffix3=", String(decoding: bytes.suffix(3), as: UTF8.self))
                sink.add("suffix2=", String(decoding: bytes.suffix(2), as: UTF8.self))
                sink.add("prefix3=", String(decoding: bytes.prefix(3), as: UTF8.self))
            } else {
                sink.add("suffix3=", String(word.suffix(3)))
                sink.add("suffix2=", String(word.suffix(2)))
                sink.add("prefix3=", String(word.prefix(3)))
            }
            sink.add("shape=", Self.shape(token.text))
            if !lexicon.senses(of: token).isEmpty { sink.add("lexicon") }
            if lexicon.isCommon(token.lower) { sink.add("common") }
            if lexicon.cityWords.contains(word) { sink.add(end - start == 1 ? "city-alone" : "city") }
            if position == start { sink.add("first=", word) }
            if position == end - 1 { sink.add("last=", word) }
            if let cue = lexicon.nameCues[word] { sink.add("cue=", cue.rawValue) }
            if token.isAllCaps { sink.add("allcaps") }
            if token.text.utf8.contains(0x2D) { sink.add("hyphen") }
        }
        let before = start > 0 ? tokens[start - 1].lower : "<s>"
        let before2 = start > 1 ? tokens[start - 2].lower : "<s>"
        let after = end < tokens.count ? tokens[end].lower : "</s>"
        sink.add("before=", before)
        sink.add("before2=", before2, before)
        sink.add("after=", after)
        if start == 0 { sink.add("sentence-start") }
        sink.add("after2=", after, end + 1 < tokens.count ? tokens[end + 1].lower : "</s>")
    }

    /// A word's shape: runs of upper case, lower case and digits as X, x, d.
    static func shape(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            var marks: [UInt8] = []
            for byte in word.utf8.prefix(12) {
                let mark: UInt8 =
                    byte >= 0x41 && byte <= 0x5A
                    ? 0x58 : byte >= 0x61 && byte <= 0x7A ? 0x78 : byte >= 0x30 && byte <= 0x39 ? 0x64 : byte
                if marks.last != mark { marks.append(mark) }
            }
            return String(decoding: marks, as: UTF8.self)
        }
        var shape = ""
        for character in word.prefix(12) {
            let mark: Character =
                character.isUppercase ? "X" : character.isLowercase ? "x" : character.isNumber ? "d" : character
            if shape.last != mark { shape.append(mark) }
        }
        return shape
    }

    /// The class with the highest score and its lead over the runner-up.
    func predict(tokens: [Token], start: Int, end: Int, lexicon: Lexicon) -> (kind: Mention.Kind, margin: Float) {
        var sink = FeatureScores(table: table)
        Self.emitFeatures(tokens: tokens, start: start, end: end, lexicon: lexicon, into: &sink)
        let scores = sink.scoresArray
        let order = scores.indices.sorted { scores[$0] > scores[$1] }
        let margin = scores[order[0]] - scores[order[1]]
        switch order[0] {
        case 1: return (.person, margin)
        case 2: return (.organization, margin)
        case 3: return (.place, margin)
        default: return (.candidate, margin)
        }
    }
}

extension String {
    /// A number with three decimals, without Foundation.
    init(format3 value: Float) {
        let scaled = Int((value * 1000).rounded())
        let sign = scaled < 0 ? "-" : ""
        let magnitude = abs(scaled)
        let fraction = String(magnitude % 1000)
        self = sign + "\(magnitude / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
