import Dossier

/// A run of capitalized words the lexicon does not know, as the name rules
/// see it: its tokens, what earlier recognizers found around it, and the
/// recognizer's lexicon.
struct NameChunk {
    /// The sentence's tokens.
    let tokens: [Token]
    /// The run's first token.
    let start: Int
    /// The token after the run.
    let end: Int
    /// What earlier recognizers found at each token.
    let kindAt: ChunkRecognizer.Coverage
    /// The recognizer, for its lexicon and its tests of words.
    let recognizer: ChunkRecognizer
    /// The run's words as written.
    let name: String
    /// The run's words in lower case.
    let lowered: [String]

    init(tokens: [Token], start: Int, end: Int, kindAt: ChunkRecognizer.Coverage, recognizer: ChunkRecognizer) {
        self.tokens = tokens
        self.start = start
        self.end = end
        self.kindAt = kindAt
        self.recognizer = recognizer
        name = ChunkRecognizer.name(tokens[start..<end])
        lowered = tokens[start..<end].map(\.lower)
    }

    /// The lexicon the rules read.
    var lexicon: Lexicon { recognizer.lexicon }
    /// How many words the run has.
    var length: Int { end - start }
    /// The mention just before the run, if any.
    var previous: Mention? { start > 0 ? kindAt[start - 1] : nil }
    /// How many of the run's words are common words of running text.
    var commonWordCount: Int { lowered.filter { lexicon.isCommon($0) }.count }

    /// The run, guessed to be a `kind`.
    func guess(_ kind: Mention.Kind) -> NameDecision {
        guess(kind, name: name, from: start, to: end)
    }

    /// A span around the run named `name`, guessed to be a `kind`.
    func guess(_ kind: Mention.Kind, name: String, from: Int, to: Int) -> NameDecision {
        var made = Mention(kind: kind, start: from, end: to, name: name, surface: name)
        made.isGuess = true
        return .name(made)
    }
}

/// What a name rule decides about a chunk.
enum NameDecision {
    /// The chunk (or a span around it) names this.
    case name(Mention)
    /// A lone word that may be part of a person's name seen elsewhere in the document.
    case candidate
    /// The chunk is no name of the graph.
    case notAName
    /// The rule does not apply; the next one decides.
    case pass
}

/// One named step of the name rules, after Yams's resolver rules: the
/// rules are tried in ``NameRules/standard`` order and the first that does
/// not pass decides.
struct NameRule: Sendable {
    /// A short name, for listings and tests.
    let name: String
    /// Decides a chunk, or passes.
    let decide: @Sendable (NameChunk) -> NameDecision

    init(_ name: String, _ decide: @escaping @Sendable (NameChunk) -> NameDecision) {
        self.name = name
        self.decide = decide
    }
}
