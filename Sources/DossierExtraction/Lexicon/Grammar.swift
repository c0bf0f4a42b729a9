/// The closed-class words of English the rules read: articles, copulas,
/// determiners, prepositions, pronouns, relative words and the words that
/// end a clause or a phrase. They are grammar, not knowledge, and stay in
/// code; every open-class list is data in `Resources/words/`.
enum Grammar {
    static let pronouns: Set<String> = ["he", "him", "his", "she", "her", "hers"]
    /// Auxiliaries that make the participle after them passive: "was arrested".
    static let passiveAuxiliaries: Set<String> = ["was", "were", "been", "is", "are", "be", "being"]
    /// Prepositions before the place an action happens in: "in Kabul", "outside parliament".
    static let placePrepositions: Set<String> = ["in", "at", "near", "across", "outside", "inside"]
    /// Possessive determiners: "his special assistant" names no office on its own.
    static let possessivePronouns: Set<String> = ["my", "your", "his", "her", "its", "our", "their"]
    /// Last words of country names whose "the" is read as part of the name
    /// ("the United States"; in annotated Wikipedia text the article goes
    /// with it six times in seven, while "the United Kingdom" or "the
    /// Netherlands" mostly leave it out).
    static let takesArticle: Set<String> = ["states"]
    static let yearPrepositions: Set<String> = [
        "in", "since", "into", "by", "until", "till", "of", "from", "during", "before", "after", "early", "late", "mid",
    ]
    static let copulas: Set<String> = ["is", "was", "are", "were"]
    /// The days of the week by their first three letters, 1 for Monday.
    static let weekdayNumbers: [String: Int] = [
        "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7,
    ]
    /// Heads of bodies named for what they deal with, whose name goes on
    /// past "on" ("Commission on Human Rights", "Council on Foreign Relations").
    static let topicHeads: Set<String> = [
        "commission", "committee", "council", "conference", "convention", "institute", "panel", "forum", "centre",
        "center", "board", "office", "coalition", "alliance", "network",
    ]
    /// Words of rank that, capitalized before a title, belong to it
    /// ("Deputy Finance Minister", "Assistant Secretary of State").
    static let rankWords: Set<String> = ["deputy", "vice", "assistant"]
    /// Words before an action (or its article, or "to") that say it has not
    /// happened: "planning an attack", "threatened to strike".
    static let unrealisedLeads: Set<String> = [
        "planning", "plotting", "plan", "plot", "plans", "plots", "threatened", "threatening",
        "threatens", "threaten", "foiled", "foil", "prevent", "prevented", "averted",
    ]
    /// Verbs of leading before "by" ("a union, led by X,").
    static let leadVerbs: Set<String> = ["led", "headed", "chaired", "run"]
    /// Words before "to" that put what follows ahead in time ("is due to
    /// meet", "expected to sign"); "will" does so alone.
    static let futureLeads: Set<String> = ["due", "expected", "scheduled", "set", "plans", "planned", "going"]
    /// Verbs that open what someone says: a passive after one ("said 14
    /// suspects had been arrested") has its own subject, not the speaker.
    /// Words before a verb that leave its subject to be read from before
    /// ("it attacked", "who had attacked"): pronouns, relative words and
    /// auxiliaries.
    static let subjectWords: Set<String> = [
        "it", "they", "he", "she", "we", "i", "you", "who", "which", "that", "had", "has", "have", "also", "then",
    ]
    static let speechVerbs: Set<String> = ["said", "says", "told", "added", "announced", "stated", "confirmed"]
    /// Bodies that stand before a bare title as its owner ("police
    /// spokesman", "army chief", "party leader"): such a title is the body's,
    /// not the article's country's.
    static let bodyNouns: Set<String> = [
        "police", "army", "military", "navy", "party", "ministry", "embassy", "court", "campaign", "company", "council",
        "union", "agency", "hospital", "university", "club", "team", "firm", "group",
    ]
    /// Articles that open a describing phrase ("is a …", "was the …").
    static let articles: Set<String> = ["a", "an", "the"]
    /// The same, with "one" ("is one of the …").
    static let articlesOrOne: Set<String> = ["a", "an", "the", "one"]
    static let adverbs: Set<String> = ["also", "now", "currently", "once", "still", "formerly", "originally"]
    /// Words that end the noun phrase after the copula: its head is the word before.
    static let phraseEnds: Set<String> = [
        ",", ".", "(", ")", ";", ":", "\"", "of", "in", "from", "based", "located", "that", "which", "who", "whose",
        "with", "for", "and", "or", "by", "on", "at", "near", "founded", "formed", "born", "known", "to", "between",
        "where", "since", "until", "during", "situated", "run", "owned", "operated", "consisting", "made", "named",
        "said", "says", "told", "added", "wrote", "reported", "announced",
    ]
    static let connectors: Set<String> = [
        "of", "al", "bin", "ibn", "abu", "de", "la", "van", "von", "da", "ul", "el", "di", "du", "le", "del", "bint",
        "&",
        "-", "des", "der", "y", "do", "dos",
    ]
    /// Words that end the describing phrase after "X is a …" or "X, a …".
    static let descriptionEnds: Set<String> = [
        ".", ";", "(", ")", ":", "who", "which", "that", "whose", "where", "when", "while", "but", "since", "until",
        "after", "before", "during", "because", "although", "and",
    ]
    /// Words after the head that lead to where the subject is: "a town in
    /// Lazio", "a band from Toronto", "a club based in Recife", "the capital of Chile".
    static let whereWords: Set<String> = ["in", "of", "from", "near", "on", "at"]
    static let prepositions: Set<String> = [
        "from", "of", "by", "to", "with", "for", "about", "in", "at", "on", "into", "than", "against", "within",
        "between", "among", "after", "before", "over", "under", "through", "via", "toward", "towards",
    ]
    static let determiners: Set<String> = ["the", "a", "an", "then", "former", "this", "that", "these", "those"]
    static let clauseBoundaries: Set<String> = [
        "that", "which", "who", "whom", "whose", "when", "while", "because", "whether", ";",
        // A dash standing alone: a wire dateline ("NAIROBI, March 3 (Reuters) - Kenyan President …") or an aside.
        "-",
    ]
    static let relativeWords: Set<String> = ["who", "which", "whom", "whose"]
    /// Words that join a second verb to the same subject ("rejected it and said").
    static let conjunctions: Set<String> = ["and", "but", "or", "nor", "then", "yet"]
    /// Prepositions that put a person's work in an organization: "a surgeon at", "a spokesman for".
    static let rolePrepositions: Set<String> = ["at", "for", "with"]
}
