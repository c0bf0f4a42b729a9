/// A span of a sentence that names something: an entity, an office title,
/// a date, an event trigger or a pronoun.
struct Mention: Hashable, Sendable {
    /// What the span names.
    enum Kind: Hashable, Sendable {
        case person, organization, country, place
        /// An office title phrase, not yet tied to a country or organization.
        case office(role: Lexicon.OfficeRole)
        /// A cue that makes an organization of a country: army, foreign ministry.
        case organizationCue(pattern: String)
        case date
        case trigger(Lexicon.EventKind)
        case pronoun
        case honorific
        /// A lone capitalized word that may be part of a person's name seen
        /// elsewhere in the document; resolved once the document is read.
        case candidate
    }

    var kind: Kind
    /// Token range in the sentence.
    var start: Int
    var end: Int
    /// The canonical name: a person's name without honorific, a country's
    /// name for its demonym, an office's canonical title, an ISO date.
    var name: String
    /// The words as written.
    var surface: String
    /// For a country named by its demonym.
    var isDemonym = false
    /// Whether the kind was guessed from context rather than known from the lexicon.
    var isGuess = false
    /// Whether a defining phrase gave the kind ("X is a town in …"): other
    /// guesses of the same name in the document take it.
    var isDefined = false
    /// For a demonym that names a language here ("written in Spanish"): it
    /// covers its word but makes no entity.
    var isLanguage = false
    /// For a date that cannot be ("February 30, 2021"): it covers its words
    /// but dates nothing, and the build warns of it.
    var isImpossible = false

    var isEntity: Bool {
        if isLanguage { return false }
        return switch kind {
        case .person, .organization, .country, .place: true
        default: false
        }
    }
}

/// Finds mentions in a sentence. Recognizers can be combined: each adds
/// what it finds where nothing is yet.
protocol MentionRecognizing: Sendable {
    /// The mentions in `sentence`, given those already found.
    func mentions(in sentence: Sentence, existing: [Mention], context: RecognitionContext) -> [Mention]
}

/// What a recognizer knows about the document so far.
struct RecognitionContext: Sendable {
    /// Single words known to be part of a person's name in this document.
    var personWords: Set<String> = []
}
