import Dossier
import Testing

@testable import DossierExtraction

/// Events told in phrasing the earlier rounds did not read: a host who
/// receives a guest, a body's report, clashes, a speaker who tells what
/// others did; and offices named by their portfolio. Invented people in
/// real countries.
@Suite struct NewsEventPhrasingTests {
    @Test func `a host who receives an official for talks holds talks with them, where they met`() throws {
        let draft = build([
            "Kenyan President Amara Odede received Somali Foreign Minister Hodan Warsame in Nairobi for talks."
        ])
        let talks = try #require(draft.event("talks").first)
        #expect(draft.participants(of: talks, role: "host") == ["Amara Odede"])
        #expect(draft.participants(of: talks, role: "visitor") == ["Hodan Warsame"])
        #expect(draft.relation(.heldIn, talks.name, "Nairobi") != nil)
        #expect(draft.relation(.relationsWith, "Kenya", "Somalia") != nil)
        // What is received is not always a guest.
        let letter = build(["Amara Odede received a letter from Hodan Warsame on Monday."])
        #expect(letter.event("meeting").isEmpty && letter.event("talks").isEmpty)
    }

    @Test func `what a body says in a report is a report, and clashes are an attack where they happened`() throws {
        let draft = build([
            "The Kenya National Human Rights Commission said in a report that 12 people were killed in clashes "
                + "near Garissa in May."
        ])
        let report = try #require(draft.event("report").first)
        #expect(draft.relation(.participant, "Kenya National Human Rights Commission", report.name) != nil)
        #expect(draft.event("statement").isEmpty)
        let attack = try #require(draft.event("attack").first)
        #expect(draft.relation(.heldIn, attack.name, "Garissa") != nil)
    }

    @Test func `a speaker is not the doer of what others did in the clause they report`() {
        let draft = build([
            "The Frontier Corps said its troops fired after smugglers attacked a patrol near Quetta."
        ])
        #expect(draft.event("attack").allSatisfy { draft.relation(.participant, "Frontier Corps", $0.name) == nil })
        let own = build(["The Frontier Corps said it attacked a camp near Quetta."])
        let attack = own.event("attack").first
        #expect(attack.map { own.relation(.participant, "Frontier Corps", $0.name) != nil } == true)
    }

    @Test(arguments: [
        ("Dutch Climate Minister Eva Smit spoke.", "Climate Minister of the Netherlands"),
        ("Chilean Mining Minister Rosa Fuentes spoke.", "Mining Minister of Chile"),
        ("Kenya's Minister of Tourism Amina Njeri spoke.", "Tourism Minister of Kenya"),
        ("British Home Secretary Jane Hale spoke.", "Home Secretary of the United Kingdom"),
    ])
    func `a minister named by a portfolio keeps it in the office's name`(text: String, office: String) {
        let draft = build([text])
        #expect(draft.entities.values.contains { $0.kind == .office && $0.name == office }, "\(text)")
    }
}
