import Dossier
import Testing

@testable import DossierExtraction

/// Rules for names the lexicon does not hold, on texts written for them.
@Suite struct NameRuleTests {
    @Test func `a defining sentence tells what its subject is, for the whole document`() {
        let text = """
            Tarnovica is a small town in the north of Slovenia. Tarnovica holds a market every week.
            """
        #expect(entityNames(text, .place) == ["Tarnovica", "Tarnovica"])
        #expect(entityNames(text, .country) == ["Slovenia"])
        #expect(entityNames("Kestrel Dynamics is a company based in Oslo.", .organization) == ["Kestrel Dynamics"])
        #expect(entityNames("The Velvet Larks are an indie rock band from Leeds.", .organization) == ["Velvet Larks"])
        #expect(
            entityNames("Quenby Marlowe (born 3 May 1961) is a Brazilian novelist and critic.", .person)
                == ["Quenby Marlowe"])
    }

    @Test func `a defined place is not taken for the first name of a person with that word`() {
        let text = "Korvala is a village in Finland. Korvala Nurmi was born there. Few people live in Korvala now."
        #expect(entityNames(text, .place) == ["Korvala", "Korvala"])
    }

    @Test func `a defining sentence about a work or a thing makes no entity`() {
        let mentions = read("Harbour Lights is a 1998 film about a fishing village.").flatMap(\.mentions)
        #expect(!mentions.contains { $0.isEntity && $0.name.contains("Harbour") })
    }

    @Test func `a category noun before a name or in an appositive tells its kind`() {
        #expect(
            entityNames("She toured with the folk band Marrow Lantern last year.", .organization) == ["Marrow Lantern"])
        #expect(
            entityNames("The books are sold by retailer Quillon & Hart in Leeds.", .organization) == ["Quillon & Hart"])
        #expect(entityNames("He grew up in the village of Oskelund near the coast.", .place) == ["Oskelund"])
        #expect(
            entityNames("The deal went to Veltrana, a Norwegian shipping company, in May.", .organization)
                == ["Veltrana"])
    }

    @Test func `a place and a plural make a sports team`() {
        #expect(entityNames("He was traded to the Denver Falcons in 2019.", .organization) == ["Denver Falcons"])
        #expect(entityNames("They moved to Palm Springs in 2019.", .organization).isEmpty)
    }

    @Test func `cue words and well-known companies make organizations`() {
        #expect(
            entityNames("She studied at the Tbilisi Conservatory for four years.", .organization) == [
                "Tbilisi Conservatory"
            ])
        let text = "Toyota and Samsung signed a deal with Deutsche Bank."
        #expect(entityNames(text, .organization) == ["Toyota", "Samsung", "Deutsche Bank"])
        #expect(sharedLexicon.countryOfOrganization["Samsung"] == "South Korea")
    }

    @Test func `initials stay in a person's name`() {
        let people = entityNames("The catalogue quotes J. H. Dearle and Edwin O. Reischauer at length.", .person)
        #expect(people == ["J. H. Dearle", "Edwin O. Reischauer"])
    }

    @Test func `a month that is a given name starts a name, but not after a preposition of time`() {
        #expect(entityNames("Jan Smuts spoke to the assembly.", .person) == ["Jan Smuts"])
        let sentence = read("In June Parliament voted on the budget.")
        #expect(sentence.flatMap(\.mentions).filter { $0.kind == .person }.isEmpty)
        #expect(sentence.flatMap(\.mentions).contains { $0.kind == .date })
    }

    @Test func `the gazetteer knows towns with their countries and a reading in context`() {
        #expect(sharedLexicon.cityWords.contains("sheffield"))
        #expect(sharedLexicon.countryOfPlace["Sheffield"] == "United Kingdom")
        #expect(sharedLexicon.countryOfPlace["San Bernardino"] == "United States")
        #expect(entityNames("The talks were held in Sheffield last week.", .place) == ["Sheffield"])
        #expect(entityNames("The talks were held in San Bernardino last week.", .place) == ["San Bernardino"])
    }

    @Test func `historical states are places`() {
        #expect(
            entityNames("She was born in the Soviet Union and moved to Prussia.", .place) == [
                "Soviet Union", "Prussia",
            ])
    }

    @Test func `"the United States" takes its article into the span, not into the name`() {
        let mention = read("Talks with the United States resumed.").flatMap(\.mentions).first { $0.kind == .country }
        #expect(mention?.name == "United States")
        #expect(mention?.surface == "United States")
        #expect(mention?.start == 2)
    }

    @Test func `a language named by its demonym is not its country`() {
        #expect(entityNames("The memoir was written in Spanish.", .country).isEmpty)
        #expect(entityNames("Karachi (Urdu: a name) is the largest city.", .country).isEmpty)
        #expect(entityNames("The Spanish envoy arrived in Lima.", .country) == ["Spain"])
    }

    @Test func `acronyms of units and things are not organizations, unknown ones are`() {
        #expect(entityNames("The plant makes 40 MW of power for TV studios.", .organization).isEmpty)
        #expect(entityNames("Delegates of TSPM met in the hall.", .organization) == ["TSPM"])
    }
}
