import Foundation

/// The open-class word lists the rules read, each defined once as data in
/// `Resources/words/<list>.txt` (a `#` header naming the rule that reads
/// it, then a word or phrase a line) and referred to by a typed name:
/// `lexicon.words.accordWords`.
struct WordLists: Sendable {
    /// Words that make a region's adjective of a demonym after them.
    var compassWords: Set<String> = []
    /// Last words of organizations that stand in one place: "Mercy Hospital", "Kabul University".
    var institutionHeads: Set<String> = []
    /// Lower-case words between "in" and the larger place it names: "in northern England".
    var placeGapWords: Set<String> = []
    /// Plurals without an s whose possessive stays inside a name: "People's Liberation Army".
    var namePossessives: Set<String> = []
    /// Acronyms of units, media, titles and things, not organizations.
    var commonAcronyms: Set<String> = []
    /// Plurals that end place names rather than teams.
    var pluralPlaceWords: Set<String> = []
    /// People who work for an organization, named before it.
    var staffNouns: Set<String> = []
    /// Category nouns that stand before names of other kinds too.
    var ambiguousBefore: Set<String> = []
    /// Function words that may stand inside the noun phrase, before its head.
    var modifiers: Set<String> = []
    /// Lower-case roles that tie a person to the organization named just before them: "Solidarity leader Lech Walesa", "Fall Out Boy bassist Pete Wentz".
    var memberRoles: Set<String> = []
    /// Last words of organizations a person "of" them belongs to: "Uma Bharti of the Bharatiya Janata Party".
    var partyWords: Set<String> = []
    /// formerWords
    var formerWords: Set<String> = []
    /// Words that may stand between a copula and the office it names.
    var copulaFillers: Set<String> = []
    /// Words that make a sentence speak for the document's current source.
    var reportWords: Set<String> = []
    /// Nouns that may stand between a source and its report verb.
    var sourceNouns: Set<String> = []
    /// What follows the dash of "US-led" to make the country an organizer.
    var organizerSuffixes: Set<String> = []
    /// What "signed" must be near to make an agreement ("signed an accord"), not a club's new player.
    var accordWords: Set<String> = []
    /// Words after a run that make it the name of an exercise, not of an entity.
    var exerciseWords: Set<String> = []
    /// First words that make a run of two or more words a place.
    var placePrefixes: Set<String> = []
    /// Words after a run that look like cue words but name a family firm or band, not a place or organization cue.
    var teamExclusions: Set<String> = []
    /// Words after a run that make it a source that reports.
    var sourceContextWords: Set<String> = []
    /// Words before "allegations" that make the clause's subject the accused: "resigned following allegations".
    var allegationLeads: Set<String> = []
    /// Verbs that make the clause's subject a candidate in the election after them.
    var electionVerbs: Set<String> = []
    /// Adjectives that may stand between "of the" and a party.
    var partyAdjectives: Set<String> = []
    /// Last words of bodies that belong to a country: parties and the state's organs.
    var nationalBodyHeads: Set<String> = []
    /// Place cues for areas whose name stands alone before them in lower case: "the Riau province".
    var areaWords: Set<String> = []
    /// Titles of a country's envoys: "Ukraine's ambassador to Poland".
    var envoyTitles: Set<String> = []
    /// Names that take "the" inside an office's name: "President of the United States".
    var articleNames: Set<String> = []
    /// Last words of organization names that take "the" inside an office's name.
    var articleHeads: Set<String> = []
    /// Head words of titles that may name a portfolio after "for" or "on": "Commissioner for Human Rights".
    var portfolioHeads: Set<String> = []
    /// Words that end a portfolio because the sentence goes on: "the Minister for Trade said".
    var portfolioStops: Set<String> = []
    /// Nouns that say two countries have dealings: "relations with Israel".
    var tiesNouns: Set<String> = []
    /// What travels for its owner: "a plane from the Pakistani army traveled to Amman".
    var vehicleNouns: Set<String> = []
    /// Words before an organization that make the person before them a member, as word sequences.
    var memberLeads: [[String]] = []
    /// The last words of ``memberLeads``, and "of": a quick test before the leads are compared.
    var memberLeadEnds: Set<String> = []

    /// Each list's file name (without `.txt`) and where it is kept.
    static var files: [(name: String, list: WritableKeyPath<WordLists, Set<String>>)] {
        [
            ("compass-words", \.compassWords),
            ("place-gap-words", \.placeGapWords),
            ("name-possessives", \.namePossessives),
            ("institution-heads", \.institutionHeads),
            ("allegation-leads", \.allegationLeads),
            ("common-acronyms", \.commonAcronyms),
            ("plural-place-words", \.pluralPlaceWords),
            ("staff-nouns", \.staffNouns),
            ("ambiguous-category-nouns", \.ambiguousBefore),
            ("noun-modifiers", \.modifiers),
            ("member-roles", \.memberRoles),
            ("party-words", \.partyWords),
            ("former-words", \.formerWords),
            ("copula-fillers", \.copulaFillers),
            ("report-words", \.reportWords),
            ("source-nouns", \.sourceNouns),
            ("organizer-suffixes", \.organizerSuffixes),
            ("accord-words", \.accordWords),
            ("exercise-words", \.exerciseWords),
            ("place-prefixes", \.placePrefixes),
            ("team-exclusions", \.teamExclusions),
            ("source-context-words", \.sourceContextWords),
            ("article-names", \.articleNames),
            ("article-heads", \.articleHeads),
            ("election-verbs", \.electionVerbs),
            ("party-adjectives", \.partyAdjectives),
            ("national-body-heads", \.nationalBodyHeads),
            ("area-words", \.areaWords),
            ("envoy-titles", \.envoyTitles),
            ("portfolio-heads", \.portfolioHeads),
            ("portfolio-stops", \.portfolioStops),
            ("vehicle-nouns", \.vehicleNouns),
            ("ties-nouns", \.tiesNouns),
        ]
    }

    /// The lists in `folder`, every file required.
    ///
    /// - Throws: ``ExtractionError/missingResources(_:)`` for a file that
    ///   cannot be read, ``ExtractionError/invalidLexicon(path:line:message:)``
    ///   for a line with a tab or leading or trailing spaces.
    init(folder: String) throws(ExtractionError) {
        for (name, list) in Self.files {
            self[keyPath: list] = Set(try Self.entries(folder + "/" + name + ".txt"))
        }
        memberLeads = try Self.entries(folder + "/member-leads.txt").map { $0.split(separator: " ").map(String.init) }
        memberLeadEnds = Set(memberLeads.compactMap(\.last) + ["of"])
    }

    /// An empty set of lists.
    init() {}

    /// The entries of one list file: its lines without comments and blanks.
    static func entries(_ path: String) throws(ExtractionError) -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .missingResources("cannot read \(path)")
        }
        var entries: [String] = []
        for (number, line) in String(decoding: data, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false
        ).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard !line.contains("\t"), line.trimmingCharacters(in: .whitespaces) == line else {
                throw .invalidLexicon(
                    path: path, line: number + 1,
                    message: "a word list holds one word or phrase a line, without tabs or surrounding spaces")
            }
            entries.append(String(line))
        }
        return entries
    }
}
