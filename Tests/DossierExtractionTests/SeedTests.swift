import Dossier
import Foundation
import Testing

@testable import DossierExtraction

/// The facts a careful reader takes from the two seed articles.
@Suite struct SeedTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let draft: GraphDraft = {
        let folder = root.appendingPathComponent("seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()) ?? []
        let documents = names.map { name -> TextDocument in
            let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) ?? Data()
            return TextDocument(
                id: DocumentID(contentsOf: [UInt8](data)), path: "seeds/" + name,
                text: String(decoding: data, as: UTF8.self))
        }
        return TextGraphBuilder(lexicon: sharedLexicon).build(documents)
    }()

    var draft: GraphDraft { Self.draft }

    func sentences(_ relation: Relation?) -> [String] {
        relation?.evidence.map(\.sentence) ?? []
    }

    @Test func `Imran Khan holds the office of Prime Minister of Pakistan`() throws {
        let holds = try #require(draft.relation(.holds, "Imran Khan", "Prime Minister of Pakistan"))
        #expect(
            sentences(holds).contains("former aide of Pakistan Prime Minister Imran Khan made a secret visit to Israel")
        )
        #expect(draft.relation(.officeOf, "Prime Minister of Pakistan", "Pakistan") != nil)
    }

    @Test func `Zulfi Bukhari, with his other names, held the special assistant's office and advises Khan`() throws {
        let bukhari = try #require(draft.entities[EntityID(kind: .person, name: "Zulfi Bukhari")])
        #expect(bukhari.aliases.contains("Sayed Zulfi Bukhari"))
        #expect(bukhari.aliases.contains("Bukhari"))
        let holds = try #require(
            draft.relation(
                .holds, "Zulfi Bukhari", "Special Assistant to the Prime Minister of Pakistan for Overseas Pakistanis"))
        #expect(holds.attributes["status"] == "former")
        #expect(
            sentences(holds).contains {
                $0.hasPrefix(
                    "Sayed Zulfi Bukhari, a British Pakistani businessman who served as Khan’s special assistant")
            })
        let advises = try #require(draft.relation(.advises, "Zulfi Bukhari", "Imran Khan"))
        #expect(
            sentences(advises).contains {
                $0.hasPrefix(
                    "In a report from Israel Haymon, Zulfi Bukhari, the Pakistani Prime Minister’s Special Assistant")
            })
        #expect(draft.relation(.citizenOf, "Zulfi Bukhari", "United Kingdom") != nil)
    }

    @Test func `Qamar Javed Bajwa holds the Pakistan Army chief's office`() throws {
        let holds = try #require(draft.relation(.holds, "Qamar Javed Bajwa", "Chief of the Pakistan Army"))
        #expect(sentences(holds).contains { $0.contains("another message from Pakistan Army chief Gen Qamar Bajwa") })
        #expect(
            draft.entities[EntityID(kind: .person, name: "Qamar Javed Bajwa")]?.aliases.contains("Qamar Bajwa") == true)
        #expect(draft.relation(.partOf, "Pakistan Army", "Pakistan") != nil)
    }

    @Test func `Yossi Cohen held the Mossad chief's office`() throws {
        let holds = try #require(draft.relation(.holds, "Yossi Cohen", "Chief of Mossad"))
        #expect(sentences(holds).contains { $0.contains("to Mossad leader Yossi Cohen") })
        // "then Israeli spy chief Yossi Cohen" in the other article is the same office, and a past one.
        #expect(draft.relation(.holds, "Yossi Cohen", "Chief of Mossad")?.attributes["status"] == "former")
        #expect(draft.entities[EntityID(kind: .office, name: "Spy Chief of Israel")] == nil)
        #expect(draft.relation(.officeOf, "Chief of Mossad", "Israel") == nil)
        #expect(draft.relation(.officeOf, "Chief of Mossad", "Mossad") != nil)
    }

    @Test func `offices keep the forms the articles name them by`() throws {
        func aliases(_ office: String) -> Set<String> {
            Set(draft.entities[EntityID(kind: .office, name: office)]?.aliases ?? [])
        }
        #expect(aliases("Chief of Mossad").isSuperset(of: ["Mossad chief", "Mossad leader", "Israeli spy chief"]))
        #expect(aliases("Chief of the Pakistan Army").contains("Pakistan Army chief"))
        #expect(aliases("Prime Minister of Pakistan").contains("Pakistani premier"))
        // A pronoun's or a bare title names no office by itself.
        #expect(
            !aliases("Special Assistant to the Prime Minister of Pakistan for Overseas Pakistanis").contains(
                "his special assistant"))
        #expect(!aliases("Prime Minister of Pakistan").contains("Prime Minister"))
    }

    @Test func `the special assistant's office keeps its portfolio, in every form it was told`() throws {
        let office = try #require(
            draft.entities[
                EntityID(
                    kind: .office, name: "Special Assistant to the Prime Minister of Pakistan for Overseas Pakistanis")
            ])
        #expect(office.aliases.contains("Pakistani Prime Minister's Special Assistant for Pakistanis Overseas"))
        #expect(
            office.aliases.contains(
                "Special Assistant to the Prime Minister of Pakistan for Overseas Pakistanis and Human Resource Development"
            ))
        #expect(
            draft.entities.values.filter { $0.kind == .office && $0.name.hasPrefix("Special Assistant") }.count == 1)
        let holds = try #require(
            draft.relation(
                .holds, "Zulfi Bukhari", "Special Assistant to the Prime Minister of Pakistan for Overseas Pakistanis"))
        #expect(sentences(holds).contains { $0.hasPrefix("Khan had appointed Bukhari as his special assistant") })
    }

    @Test func `each message is an event with its sender, recipient and carrier`() throws {
        func message(_ sender: String, _ recipient: String) -> Entity? {
            draft.event("message").first {
                draft.participants(of: $0, role: "sender") == [sender]
                    && draft.participants(of: $0, role: "recipient") == [recipient]
            }
        }
        let bajwa = try #require(message("Qamar Javed Bajwa", "Yossi Cohen"))
        #expect(draft.participants(of: bajwa, role: "agent") == ["Zulfi Bukhari"])
        #expect(bajwa.attributes["date"] == "2020-11")
        let carried = try #require(
            draft.relations.values.first {
                $0.kind == .participant && $0.target == bajwa.id && $0.attributes["role"] == "sender"
            })
        #expect(Set(carried.evidence.map(\.document)).count == 2, "both articles tell it")
        let khan = try #require(message("Imran Khan", "Foreign Ministry of Israel"))
        #expect(
            sentences(draft.relation(.reported, "Israel Hayom", khan.name)).contains {
                $0.contains("conveyed a message")
            })
    }

    @Test func `the army plane to Amman is a visit of the army, reported`() throws {
        let flight = try #require(
            draft.event("visit").first { draft.participants(of: $0, role: "visitor") == ["Pakistan Army"] })
        #expect(flight.name == "Pakistan Army plane travels to Amman")
        #expect(flight.attributes["vehicle"] == "plane")
        let heldIn = try #require(draft.relation(.heldIn, flight.name, "Amman"))
        #expect(sentences(heldIn).contains { $0.contains("a plane from the Pakistani army had traveled to Amman") })
    }

    @Test func `the UAE and Saudi Arabia press Pakistan, and Israel and Pakistan have relations`() throws {
        let uae = try #require(draft.relation(.pressured, "United Arab Emirates", "Pakistan"))
        #expect(sentences(uae).contains { $0.contains("“heavy pressure from the UAE”") })
        #expect(
            sentences(uae).contains { $0.contains("at the instigation of Saudi Arabia and the United Arab Emirates") })
        #expect(draft.relation(.pressured, "Saudi Arabia", "Pakistan") != nil)
        let ties = try #require(draft.relation(.relationsWith, "Israel", "Pakistan"))
        #expect(ties.attributes["basis"] == nil, "stated, not only read from context")
        #expect(sentences(ties).contains { $0.contains("engagements between Pakistan and Israel have been regular") })
        #expect(sentences(ties).contains { $0.contains("to formalize its relationship with Israel") })
    }

    @Test func `the tweets are statements by their authors`() throws {
        let tweet = try #require(
            draft.event("statement").first { draft.participants(of: $0, role: "agent") == ["Noor Dahri"] })
        let said = draft.relations.values.first { $0.kind == .participant && $0.target == tweet.id }
        #expect(sentences(said).contains { $0.contains("Noor Dahri tweeted the same day") })
        #expect(draft.event("statement").contains { draft.participants(of: $0, role: "agent") == ["Zulfi Bukhari"] })
    }

    @Test func `one visit to Tel Aviv carries messages, is reported by Israel Hayom and denied by Bukhari`() throws {
        let visits = draft.event("visit").filter { draft.participants(of: $0, role: "visitor") == ["Zulfi Bukhari"] }
        #expect(visits.count == 1)
        let visit = try #require(visits.first)
        #expect(visit.name == "Zulfi Bukhari visits Tel Aviv (2020-11)")
        #expect(visit.attributes["date"] == "2020-11")
        #expect(draft.relation(.heldIn, visit.name, "Tel Aviv") != nil)
        #expect(draft.participants(of: visit, role: "visitor") == ["Zulfi Bukhari"])
        #expect(draft.participants(of: visit, role: "sender") == ["Imran Khan", "Qamar Javed Bajwa"])
        #expect(draft.participants(of: visit, role: "recipient") == ["Foreign Ministry of Israel", "Yossi Cohen"])
        let reported = try #require(draft.relation(.reported, "Israel Hayom", visit.name))
        #expect(sentences(reported).contains { $0.hasSuffix("Israel Hayom newspaper reported.") })
        let denied = try #require(draft.relation(.denied, "Zulfi Bukhari", visit.name))
        #expect(sentences(denied).contains("In response to the report, Bukhari tweeted: “DID NOT go to Israel”."))
        #expect(sentences(denied).contains("Bukhari denied the report during a tweet."))
        let visitor = try #require(
            draft.relations.values.first {
                $0.kind == .participant && $0.target == visit.id && $0.attributes["role"] == "visitor"
            })
        #expect(Set(visitor.evidence.map(\.document)).count == 2, "evidence from both articles")
    }

    @Test func `Kasuri meets Shalom in Istanbul on 1 September 2005`() throws {
        let meetings = draft.event("meeting").filter {
            draft.participants(of: $0, role: "participant").contains("Silvan Shalom")
        }
        #expect(meetings.count == 1)
        let meeting = try #require(meetings.first)
        #expect(meeting.attributes["date"] == "2005-09-01")
        #expect(draft.participants(of: meeting, role: "participant") == ["Khurshid Kasuri", "Silvan Shalom"])
        let heldIn = try #require(draft.relation(.heldIn, meeting.name, "Istanbul"))
        #expect(
            sentences(heldIn).contains {
                $0.contains(
                    "met his Israeli counterpart Silvan Shalom within the Turkish city of Istanbul on September 1, 2005"
                )
            })
        #expect(draft.relation(.counterpartOf, "Khurshid Kasuri", "Silvan Shalom") != nil)
        #expect(draft.relation(.locatedIn, "Istanbul", "Turkey") != nil)
    }

    @Test func `Bukhari's appointment and resignation are events`() throws {
        let appointment = try #require(draft.event("appointment").first)
        #expect(appointment.name == "Imran Khan appoints Zulfi Bukhari (2018-09)")
        let resignation = try #require(draft.event("resignation").first)
        #expect(draft.participants(of: resignation, role: "agent") == ["Zulfi Bukhari"])
        #expect(draft.event("denial").contains { draft.participants(of: $0, role: "agent") == ["Zulfi Bukhari"] })
    }

    @Test(arguments: [
        "Pakistan", "Israel", "United Arab Emirates", "United Kingdom", "United States", "Saudi Arabia", "China",
        "Turkey",
        "Bahrain", "Sudan", "Morocco",
    ])
    func `the countries named, directly or by demonym, are entities`(country: String) {
        #expect(draft.entities[EntityID(kind: .country, name: country)] != nil)
    }

    @Test(arguments: [
        "However", "Monday", "Post a Comment", "Source", "Please Don't Spam Here", "DID NOT", "Funny", "Sea Breeze",
    ])
    func `nothing that is not an entity becomes one`(word: String) {
        let names = draft.entities.values.filter { $0.kind != .event }.flatMap { [$0.name] + $0.aliases }
        // Whole words: "Human Resource Development" holds no "Source".
        let words = { (text: String) in " " + text.lowercased().map { $0.isLetter ? String($0) : " " }.joined() + " " }
        #expect(!names.contains { words($0).contains(words(word)) })
    }

    @Test func `every relation carries evidence`() {
        #expect(draft.relations.values.allSatisfy { !$0.evidence.isEmpty })
    }
}
