import Dossier
import Testing

@testable import DossierExtraction

/// Phrasing from the i round of held-out news: meetings still ahead and
/// their dates, allies in apposition, bodies named for their subject,
/// envoys named after their posting, leaders, ranks in titles, attacks
/// that were only planned, and a date told before its verb. Invented
/// people in real countries.
@Suite struct NewsAheadTests {
    @Test func `a meeting that will happen is a meeting, on the weekday still to come`() throws {
        // 3 November 2027 is a Wednesday: "will meet on Friday" is the 5th, "met on Friday" the 29th before.
        let ahead = build(["Ana Reyes will meet Kenji Mori in Tokyo on Friday."], date: "2027-11-03")
        let meeting = try #require(ahead.event("meeting").first)
        #expect(meeting.attributes["date"] == "2027-11-05")
        #expect(ahead.participants(of: meeting, role: "participant").sorted() == ["Ana Reyes", "Kenji Mori"])
        let past = build(["Ana Reyes met Kenji Mori in Tokyo on Friday."], date: "2027-11-03")
        #expect(past.event("meeting").first?.attributes["date"] == "2027-10-29")
        let due = build(["Ana Reyes is due to meet Kenji Mori on Wednesday."], date: "2027-11-03")
        #expect(due.event("meeting").first?.attributes["date"] == "2027-11-03")
    }

    @Test func `a country described as an ally of another is allied with it`() {
        let draft = build(["The United States, a treaty ally of the Philippines, said it stood by its commitments."])
        #expect(draft.linked(.alliedWith, "Philippines", "United States"))
        let critic = build(["The United States, a critic of the Philippines, said it was concerned."])
        #expect(!critic.linked(.alliedWith, "Philippines", "United States"))
    }

    @Test func `a commission or council named for its subject keeps 'on' in its name, but not a weekday`() {
        let draft = build([
            "The Kenya National Commission on Human Rights urged the police to act. "
                + "The Electoral Commission on Monday rejected the appeal."
        ])
        #expect(draft.named("Kenya National Commission on Human Rights")?.kind == .organization)
        #expect(draft.relation(.partOf, "Kenya National Commission on Human Rights", "Kenya") != nil)
        #expect(draft.entities.values.allSatisfy { !$0.name.contains("on Monday") })
    }

    @Test func `an envoy named after the country of the posting holds the envoy's office`() throws {
        let draft = build([
            "Somalia's ambassador to Kenya, Abdirahman Yusuf, said his government was cooperating."
        ])
        let office = try #require(draft.entities.values.first { $0.kind == .office })
        #expect(draft.relation(.holds, "Abdirahman Yusuf", office.name) != nil)
        #expect(draft.relation(.officeOf, office.name, "Somalia") != nil)
    }

    @Test func `the person who leads a body named before 'led by' is its member`() {
        let draft = build(["The Rail Workers Union, led by Sylvie Marchand, said the strike would go on."])
        #expect(draft.relation(.memberOf, "Sylvie Marchand", "Rail Workers Union") != nil)
        let place = build(["The march to Lyon, led by Sylvie Marchand, ended peacefully."])
        #expect(place.relations.values.allSatisfy { $0.kind != .memberOf })
    }

    @Test func `the person a relative clause describes is the subject of its verb`() throws {
        let draft = build(
            ["Antoine Girard, who met union leaders in Paris on Tuesday, called the walkout irresponsible."],
            date: "2027-04-08")
        let meeting = try #require(draft.event("meeting").first)
        #expect(draft.participants(of: meeting, role: "participant") == ["Antoine Girard"])
        #expect(meeting.attributes["date"] == "2027-04-06")
        #expect(draft.relation(.heldIn, meeting.name, "Paris") != nil)
    }

    @Test func `an unnamed speaker with describing words said it, not the clause's named subject`() {
        let palace = build([
            "Economy Minister Martin Herrera resigned on Wednesday, the presidential palace said in a statement."
        ])
        #expect(palace.event("statement").isEmpty)
        let own = build(["Martin Herrera rejected the result and said he would appeal."])
        #expect(own.event("statement").first.map { own.participants(of: $0, role: "agent") } == ["Martin Herrera"])
    }

    @Test func `an arrest of people the text does not name is an arrest where it happened`() throws {
        let draft = build(["Police arrested three men in Mombasa on Monday."], date: "2027-09-14")
        let arrest = try #require(draft.event("arrest").first)
        #expect(draft.relation(.heldIn, arrest.name, "Mombasa") != nil)
        #expect(arrest.attributes["date"] == "2027-09-13")
        // With neither a person nor a place there is nothing to draw.
        #expect(build(["Police arrested three men on Monday."]).event("arrest").isEmpty)
    }

    @Test func `a news outlet the lexicon knows lies in its country and is no part of it`() {
        let draft = build(["Girard spoke in an interview with Le Monde."])
        #expect(draft.relation(.locatedIn, "Le Monde", "France") != nil)
        #expect(draft.relation(.partOf, "Le Monde", "France") == nil)
    }

    @Test func `a rank word before a title is part of the office`() {
        let draft = build(["Argentina's Deputy Finance Minister Pablo Ortiz spoke."])
        #expect(draft.relation(.holds, "Pablo Ortiz", "Deputy Finance Minister of Argentina") != nil)
        #expect(draft.named("Finance Minister of Argentina") == nil)
    }

    @Test func `an attack only planned or threatened is no attack, and a date before the verb is its own`() throws {
        let draft = build(
            [
                "Kenyan police on Monday arrested three men suspected of planning an attack on a hotel in Mombasa, "
                    + "the minister said on Tuesday."
            ],
            date: "2027-09-14")
        #expect(draft.event("attack").isEmpty)
        let arrest = try #require(draft.event("arrest").first)
        #expect(arrest.attributes["date"] == "2027-09-13")
        let threat = build(["The rebels threatened to attack the town of Kidal."])
        #expect(threat.event("attack").isEmpty)
        let done = build(["Rebels attacked the town of Kidal on Sunday."], date: "2027-09-14")
        #expect(done.event("attack").count == 1)
    }
}

extension GraphDraft {
    /// Whether a relation of `kind` joins the two, either way round.
    fileprivate func linked(_ kind: RelationKind, _ one: String, _ other: String) -> Bool {
        relation(kind, one, other) != nil || relation(kind, other, one) != nil
    }
}
