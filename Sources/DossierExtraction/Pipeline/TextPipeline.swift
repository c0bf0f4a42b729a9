/// The text builder's stages, in the order they run. Each stage hands the
/// next a value; only the named passes below change one already made.
///
/// ```
/// prepare     TextPreparer         text → PreparedText (HTML stripped, furniture blanked)
/// tokens      Tokenizer            PreparedText → [Sentence]
/// mentions    recognizers          Sentence → [Mention] (lexicon, dates, name rules)
/// resolution  DocumentReader       [Mention] → [ReadSentence] (surnames join full names)
/// units       UnitBuilder          ReadSentence → [Unit] (offices qualified, pronouns pointed)
/// mention facts describeMentions   surfaces and the lexicon's partOf / locatedIn
/// holders     HolderRules          [[Unit]] → OfficeBook (twice, around office resolution)
/// counterparts                     OfficeBook + "his Indian counterpart X"
/// relations   RelationRules        SentenceView → [FactRecord]
/// descriptions                     "X is a town in Y", memberships
/// events      EventRules           SentenceView → EventCollector
/// attribution EventCollector.finish  messages to visits, reports and denials to events
/// date bases  noteDateBases        each event's date marked stated or relative
/// ties        findDiplomaticTies   officials of two countries who meet: relations, counterparts
/// owners      findContextOwners    parties, ministries and unplaced places of the article's country (basis: context)
/// resignations OfficeBook.applyResignations  the resigned hold their offices no more
/// office facts OfficeBook.emit     holds, officeOf, memberOf, advises
/// assembly    DraftAssembler       [DocumentFacts] → GraphDraft (people joined, events merged,
///                                  one office per role and body: sameBodyOffices)
/// ```
enum TextPipeline {
    /// The stages by name, in order, for documentation and traces.
    static let stages = [
        "prepare", "tokens", "mentions", "resolution", "units", "mention facts", "holders", "office resolution",
        "holders", "counterparts", "relations", "descriptions", "events", "attribution", "date bases", "ties", "owners",
        "resignations",
        "office facts", "assembly",
    ]
}
