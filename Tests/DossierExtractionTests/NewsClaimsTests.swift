import Dossier
import Testing

@testable import DossierExtraction

/// Portfolios, carried messages, vehicles that travel for their owners,
/// pressure from several actors and ties between countries, on invented
/// articles of other regions.
@Suite struct NewsClaimsTests {
    @Test func `a portfolio after 'for' or 'on' is part of the office, and stops where the sentence goes on`() throws {
        let draft = build([
            "Kenyan President Amara Odede named Wanjiru Kamau as his special envoy for Somalia and South Sudan. "
                + "Kamau, Kenya's Special Envoy for Human Rights, said on Monday she would travel."
        ])
        #expect(draft.relation(.holds, "Wanjiru Kamau", "Special Envoy of Kenya for Human Rights") != nil)
        #expect(
            draft.entities.values.contains { $0.kind == .office && $0.name.hasSuffix("Said") } == false)
        // "on Monday" names no portfolio.
        #expect(!draft.entities.values.contains { $0.kind == .office && $0.name.contains("Monday") })
        #expect(
            draft.entities.values.contains {
                $0.kind == .office && $0.name == "Special Envoy to the President of Kenya for Somalia and South Sudan"
            })
    }

    @Test func `one person's offices whose portfolios hold one another's are one office`() throws {
        let draft = build([
            "Rosa Fuentes, the Chilean minister for mining, opened the mine. "
                + "Fuentes, the Chilean minister for mining and energy, spoke in Santiago."
        ])
        let offices = draft.entities.values.filter { $0.kind == .office && $0.name.hasPrefix("Minister of Chile") }
        #expect(offices.map(\.name) == ["Minister of Chile for Mining"])
        #expect(offices.first?.aliases.contains("Minister of Chile for Mining and Energy") == true)
    }

    @Test func `messages from several senders are one message each, carried by the traveller`() throws {
        let draft = build([
            "Envoy Tomas Ruiz carried messages from Lena Brandt and Omar Haddad to Mei Lin during the visit."
        ])
        let messages = draft.event("message")
        #expect(
            messages.map(\.name).sorted() == [
                "Message from Lena Brandt to Mei Lin", "Message from Omar Haddad to Mei Lin",
            ])
        #expect(messages.allSatisfy { draft.participants(of: $0, role: "agent") == ["Tomas Ruiz"] })
    }

    @Test func `a plane of an air force travels for its owner`() throws {
        let flight = try #require(build(["A plane from the Nigerian Air Force flew to Niamey."]).event("visit").first)
        #expect(flight.name == "Nigeria Air Force plane travels to Niamey")
    }

    @Test func `pressure from two countries on a pair, and ties stated with 'between' and 'with'`() throws {
        let draft = build([
            "The Kenya-Somalia talks were the result of pressure from Ethiopia and Uganda. "
                + "Cooperation between Peru and Chile has grown. Bolivia wants closer relations with Brazil."
        ])
        #expect(draft.relation(.pressured, "Ethiopia", "Kenya") != nil)
        #expect(draft.relation(.pressured, "Uganda", "Somalia") != nil)
        #expect(draft.relation(.relationsWith, "Chile", "Peru") != nil)
        #expect(draft.relation(.relationsWith, "Bolivia", "Brazil") != nil)
        #expect(draft.relation(.relationsWith, "Chile", "Peru")?.attributes["basis"] == nil)
    }
}
