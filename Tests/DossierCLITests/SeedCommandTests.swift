import DossierTestSupport
import Foundation
import Testing

/// The query commands on the graph built from the seed articles.
@Suite struct SeedCommandTests {
    let folder = TemporaryFolder()
    let store: String

    init() throws {
        store = try DossierProcess.buildSeeds(in: folder)
    }

    func dossier(_ arguments: String...) throws -> DossierProcess.Result {
        try DossierProcess.run(arguments + ["--store", store])
    }

    @Test func `path --explain connects Khan and Cohen through the visit, with its evidence`() throws {
        let result = try dossier("path", "Imran Khan", "Yossi Cohen", "--explain")
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Imran Khan")
        // Khan sent a message to Cohen, carried on the visit: both events join them in two steps.
        let middles = [
            "  ─participant (sender)→ Zulfi Bukhari visits Tel Aviv (2020-11)",
            "  ─participant (sender)→ Message from Imran Khan to Yossi Cohen (2020-11)",
        ]
        #expect(lines.contains { middles.contains($0) })
        #expect(lines.contains("  ←participant (recipient)─ Yossi Cohen"))
        #expect(
            lines.contains {
                $0.contains("“In a report from Israel Haymon, Zulfi Bukhari, the Pakistani Prime Minister’s")
                    && $0.hasSuffix("seeds/pakistan-israel-contacts-asian-lite.txt")
            })
        #expect(
            lines.contains {
                $0.contains("disputed: reported by ") && $0.contains("Israel Haymon")
                    && $0.hasSuffix("denied by Zulfi Bukhari")
            })
    }

    @Test func `path names people by their last names as the articles do`() throws {
        let result = try dossier("path", "Khan", "Cohen")
        #expect(result.status == 0, "\(result.stderr)")
        let through = ["Zulfi Bukhari visits Tel Aviv (2020-11)", "Message from Imran Khan to Yossi Cohen (2020-11)"]
        #expect(
            through.contains {
                result.stdout.hasPrefix(
                    "Imran Khan ─participant (sender)→ \($0) ←participant (recipient)─ Yossi Cohen")
            })
    }

    @Test func `neighbours of Bukhari list his office, the visit and Khan`() throws {
        let result = try dossier("neighbours", "Bukhari", "--depth", "1", "--json")
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let names = Set(((object["entities"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String })
        #expect(names.contains("Special Assistant to the Prime Minister of Pakistan for Overseas Pakistanis"))
        #expect(names.contains("Zulfi Bukhari visits Tel Aviv (2020-11)"))
        #expect(names.contains("Imran Khan"))
    }

    @Test func `the timeline orders appointment, visit, allegations, his tweet, denials and resignation`() throws {
        let result = try dossier("timeline", "Zulfi Bukhari", "--json")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        // One denial is of the visit, the other of the allegations about the bypass project.
        let types = entries.compactMap { $0["type"] as? String }
        #expect(
            types.filter { $0 != "message" } == [
                "appointment", "visit", "accusation", "statement", "denial", "denial", "resignation",
            ])
        // The three messages he carried: Khan's to the ministry and to Cohen, Bajwa's to Cohen.
        #expect(types.count(where: { $0 == "message" }) == 3)
        let names = entries.compactMap { $0["name"] as? String }
        #expect(names.contains("Zulfi Bukhari denies the visit"))
        #expect(names.contains("Zulfi Bukhari denies the accusation"))
        #expect(entries.first?["date"] as? String == "2018-09")
        let visit = try #require(entries.first { $0["type"] as? String == "visit" })
        #expect(visit["deniedBy"] as? [String] == ["person/zulfi-bukhari"])
    }

    @Test func `show names the sources of an event's claims`() throws {
        let result = try dossier("show", "Zulfi Bukhari visits Tel Aviv (2020-11)")
        #expect(result.stdout.contains("←reported─ Israel Hayom"))
        #expect(result.stdout.contains("←denied─ Zulfi Bukhari"))
        #expect(result.stdout.contains("─heldIn→ Tel Aviv"))
    }

    @Test func `building the seeds again adds nothing`() throws {
        let result = try DossierProcess.run(["build", DossierProcess.packageRoot + "/seeds", "--store", store])
        #expect(result.stdout.contains("0 new entities (0 merged), 0 new relations (0 merged), 0 new documents"))
    }

    @Test func `an HTML article is read without its markup`() throws {
        let html = folder.write(
            "page.html",
            "<html><body><nav>Home | World</nav><article><h1>Talks</h1><p>Indian Foreign Minister Subrahmanyam Jaishankar met Chinese Foreign Minister Wang Yi in Moscow on September 10, 2020.</p></article><footer>Share this</footer></body></html>"
        )
        let result = try dossier("build", html)
        #expect(result.status == 0, "\(result.stderr)")
        let show = try dossier("show", "Subrahmanyam Jaishankar")
        #expect(show.stdout.contains("─holds→ Foreign Minister of India"))
        #expect(show.stdout.contains("Subrahmanyam Jaishankar meets Wang Yi (2020-09-10)"))
    }
}
