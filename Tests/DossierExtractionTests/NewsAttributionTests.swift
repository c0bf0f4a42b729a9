import Dossier
import Testing

@testable import DossierExtraction

/// Who an article is about, who stands behind a charge and who denies it,
/// and names that open with a demonym or a function word: invented people
/// in real countries, in phrasing the earlier rounds did not read.
@Suite struct NewsAttributionTests {
    @Test func `a demonym before a party whose cue word comes before 'of' stays in its name`() throws {
        let party = build(["Lina Haddad, a member of the Tunisian Party of Labour, spoke on Monday."])
        #expect(party.relation(.memberOf, "Lina Haddad", "Tunisian Party of Labour") != nil)
        #expect(party.relation(.partOf, "Tunisian Party of Labour", "Tunisia") != nil)
    }

    @Test func `a function word inside a sentence before an organization's cue opens its name`() throws {
        let draft = build(["Voters backed the governing All People's Congress in Freetown on Sunday."])
        #expect(draft.entities.values.contains { $0.kind == .organization && $0.name == "All People's Congress" })
        // At the head of a sentence the word is only capitalized there.
        let opening = build(["All Progressives Congress officials met in Abuja."])
        #expect(!opening.entities.values.contains { $0.name.hasPrefix("All ") })
    }

    @Test func `a party name many countries share takes the article's country, not one country's`() throws {
        let draft = build([
            "WELLINGTON, May 4, 2026 — New Zealand's opposition Labour Party met in Wellington. "
                + "New Zealand voters will go to the polls in Auckland."
        ])
        #expect(draft.relation(.partOf, "Labour Party", "New Zealand") != nil)
        #expect(draft.relation(.partOf, "Labour Party", "United Kingdom") == nil)
    }

    @Test func `the accused denies a charge, and what the charge is about makes no event of its own`() throws {
        let draft = build([
            "The opposition Green Party accused the ruling Unity Party of rigging the vote, a charge the party denied."
        ])
        let accusation = try #require(draft.event("accusation").first)
        let denial = try #require(draft.event("denial").first)
        #expect(draft.relation(.denied, "Unity Party", accusation.name) != nil)
        #expect(draft.relation(.denied, "Green Party", accusation.name) == nil)
        #expect(draft.relation(.participant, "Unity Party", denial.name) != nil)
        #expect(draft.event("election").isEmpty)
    }

    @Test func `a speaker is not the one a passive acts on, and a body's spokesman is not the country's`() throws {
        let draft = build([
            "LAGOS, June 2, 2026 — Nigerian troops patrolled Lagos. "
                + "Army spokesman Ibrahim Musa said 20 suspects had been arrested in Kano."
        ])
        let arrest = try #require(draft.event("arrest").first)
        #expect(draft.relation(.participant, "Ibrahim Musa", arrest.name) == nil)
        #expect(draft.relation(.heldIn, arrest.name, "Kano") != nil)
        #expect(!draft.entities.values.contains { $0.kind == .office && $0.name.hasSuffix("of Nigeria") })
    }

    @Test func `the dateline's country is the article's when it is named most, or when its places break a tie`() {
        let most = build([
            "LIMA, April 2, 2026 — Peru's foreign ministry protested after Bolivian police detained a Peruvian. "
                + "Peru recalled its envoy. Interior Minister Rosa Quispe said so."
        ])
        #expect(most.relation(.holds, "Rosa Quispe", "Interior Minister of Peru") != nil)
        let tie = build([
            "HANOI, April 2, 2026 — Vietnamese fishermen protested in Hanoi against Chinese patrols. "
                + "China's embassy replied to Vietnam's note. Fishermen from Haiphong joined them. "
                + "Agriculture Minister Tran Van Long said so."
        ])
        #expect(tie.relation(.holds, "Tran Van Long", "Agriculture Minister of Vietnam") != nil)
        let even = build([
            "HANOI, April 2, 2026 — Vietnamese fishermen protested against Chinese patrols. "
                + "The embassy replied. Agriculture Minister Tran Van Long said so."
        ])
        #expect(!even.entities.values.contains { $0.kind == .office && $0.name.hasPrefix("Agriculture Minister") })
    }
    @Test func `'and' stays inside a ministry's portfolio and before a cue word, and joins no two names`() {
        let draft = build([
            "Officials of the Ministry of Fisheries and Marine Resources met the Bristol and Avon Rowing Club. "
                + "Kenya and Uganda signed."
        ])
        let organizations = Set(draft.entities.values.filter { $0.kind == .organization }.map(\.name))
        #expect(organizations.contains("Ministry of Fisheries and Marine Resources"))
        #expect(organizations.contains("Bristol and Avon Rowing Club"))
        #expect(draft.entities.values.contains { $0.kind == .country && $0.name == "Kenya" })
        #expect(draft.entities.values.contains { $0.kind == .country && $0.name == "Uganda" })
    }

    @Test func `an area's lower-case cue stays out of its name, a building's stays in`() {
        let draft = build(["Fires burned in the Jambi province and near Soekarno Hatta airport."])
        let places = Set(draft.entities.values.filter { $0.kind == .place }.map(\.name))
        #expect(places.contains("Jambi"))
        #expect(places.contains("Soekarno Hatta airport"))
    }

    @Test func `a country's ministry or department is part of it, an international body no one's`() {
        let draft = build([
            "Ghana's Department of Forestry said so. The European Commission replied from Accra. "
                + "Ghana's Volta Hotel was full."
        ])
        #expect(draft.relation(.partOf, "Department of Forestry", "Ghana") != nil)
        #expect(draft.relation(.partOf, "European Commission", "Ghana") == nil)
        #expect(draft.relation(.locatedIn, "Volta Hotel", "Ghana") != nil)
    }
    @Test func `an official 'of' a party, or a lawyer with a group its kind names, is its member`() {
        let draft = build([
            "Peruvian Interior Minister Rosa Quispe spoke. Quispe, a senior official of the Popular Action Party, "
                + "left. Juan Soto, a lawyer with the rights group Legal Defense Institute, said so."
        ])
        #expect(draft.relation(.memberOf, "Rosa Quispe", "Popular Action Party") != nil)
        #expect(draft.relation(.memberOf, "Juan Soto", "Legal Defense Institute") != nil)
        // A critic "of" a party is no member.
        let critic = build(["Juan Soto, a fierce critic of the Popular Action Party, spoke."])
        #expect(critic.relation(.memberOf, "Juan Soto", "Popular Action Party") == nil)
    }

    @Test func `a party is the country of its member's office, not the article's`() {
        let draft = build([
            "ADDIS ABABA, June 1, 2026 — Ethiopian officials met Sudanese Foreign Minister Omar Haddad in Addis Ababa. "
                + "Ethiopia's army was there. Haddad, a member of the Democratic Unionist Party, spoke."
        ])
        #expect(draft.relation(.partOf, "Democratic Unionist Party", "Sudan") != nil)
        #expect(draft.relation(.partOf, "Democratic Unionist Party", "Ethiopia") == nil)
    }

    @Test func `an envoy posted to a country or in its city ties the two countries`() {
        let posted = build(["Kenya's ambassador to Japan, Amina Njeri, spoke."])
        #expect(
            posted.relation(.relationsWith, "Japan", "Kenya") ?? posted.relation(.relationsWith, "Kenya", "Japan")
                != nil)
        let city = build(["Ghana summoned Nigeria's High Commissioner in Accra on Monday."])
        #expect(
            city.relation(.relationsWith, "Ghana", "Nigeria") ?? city.relation(.relationsWith, "Nigeria", "Ghana")
                != nil)
    }

    @Test func `an agreement 'between' two places was not held there`() throws {
        let draft = build([
            "Peru and Chile signed an agreement on Monday to build a road between Tacna and Arica."
        ])
        let agreement = try #require(draft.event("agreement").first)
        #expect(!draft.relations.values.contains { $0.kind == .heldIn && $0.source == agreement.id })
    }
}
