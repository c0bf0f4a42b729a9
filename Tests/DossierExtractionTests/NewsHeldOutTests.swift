import Dossier
import Testing

@testable import DossierExtraction

/// Phrasing from the j round of held-out news: bare titles in a story filed
/// from a country that names a neighbour more often, portfolios the
/// office lexicon lacked, and names with a demonym or a cue word inside.
/// Invented people in real countries.
@Suite struct NewsHeldOutTests {
    @Test func `a bare title in a story filed from a country and set in its places is that country's office`() {
        let draft = build([
            "ISLAMABAD, March 12, 2027 — Pakistan closed its border with Afghanistan after an attack near "
                + "Peshawar. Interior Minister Farah Qureshi said the militants came from Afghan territory. "
                + "Afghanistan denied it. Officials in Rawalpindi and Islamabad met on Friday."
        ])
        #expect(draft.relation(.holds, "Farah Qureshi", "Interior Minister of Pakistan") != nil)
        #expect(draft.named("Interior Minister of Afghanistan") == nil)
    }

    @Test func `a story filed from home about a visit abroad does not give the host's titles to home`() {
        // One place on each side: the dateline alone does not decide.
        let draft = build([
            "NEW DELHI, Jan. 10, 2024 — India's foreign minister visited Kathmandu and met Nepalese officials. "
                + "Nepal and Nepal's neighbours welcomed the visit. He also called on President Ram Poudel."
        ])
        #expect(draft.named("President of India") == nil)
    }

    @Test func `a demonym or a body's cue word inside a run of capitalized words is part of that name`() {
        let draft = build([
            "The Royal Canadian Mounted Police arrested two men. The wounded were taken to the Combined "
                + "Military Hospital. The Royal Thai Navy sailed. The Pakistani army and the Canadian police said nothing."
        ])
        for name in ["Royal Canadian Mounted Police", "Combined Military Hospital", "Royal Thai Navy"] {
            #expect(draft.named(name)?.kind == .organization, "\(name)")
        }
        #expect(draft.named("Royal") == nil)
        #expect(draft.named("Pakistan Army")?.kind == .organization)
        #expect(draft.named("Canada Police")?.kind == .organization)
    }

    @Test func `public safety and homeland security are portfolios of ministers and secretaries`() {
        let draft = build([
            "OTTAWA, Oct. 21, 2027 — Canadian police arrested two men in Montreal who smuggled guns from the "
                + "United States, Public Safety Minister Daniel Tremblay said. He will meet U.S. Homeland Security "
                + "Secretary Mark Ellison next week. The men had been watched in Laval."
        ])
        #expect(draft.relation(.holds, "Daniel Tremblay", "Public Safety Minister of Canada") != nil)
        #expect(draft.relation(.holds, "Mark Ellison", "Homeland Security Secretary of the United States") != nil)
    }
}
