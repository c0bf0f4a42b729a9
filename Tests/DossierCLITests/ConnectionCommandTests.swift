import DossierTestSupport
import Foundation
import Testing

/// The query commands on the example graph (a hand-made graph of the seed story).
@Suite struct ConnectionCommandTests {
    let folder = TemporaryFolder()
    let store: String

    init() throws {
        store = try DossierProcess.buildExamples(in: folder)
    }

    func dossier(_ arguments: String...) throws -> DossierProcess.Result {
        try DossierProcess.run(arguments + ["--store", store])
    }

    @Test func `path --explain shows each hop, its evidence and who disputes it`() throws {
        let result = try dossier("path", "Imran Khan", "Yossi Cohen", "--explain")
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                Imran Khan
                  ─participant (sender)→ Zulfi Bukhari visits Tel Aviv (2020-11)
                      “person/imran-khan,event/bukhari-visits-tel-aviv-2020-11,participant,,sender” — \(DossierProcess.packageRoot)/examples/edges.csv
                      disputed: reported by Israel Hayom; denied by Zulfi Bukhari
                  ←participant (recipient)─ Yossi Cohen
                      “person/yossi-cohen,event/bukhari-visits-tel-aviv-2020-11,participant,,recipient” — \(DossierProcess.packageRoot)/examples/edges.csv
                      disputed: reported by Israel Hayom; denied by Zulfi Bukhari

                """)
    }

    @Test func `path --undisputed goes around the denied visit`() throws {
        let result = try dossier("path", "khan", "cohen", "--undisputed")
        #expect(
            result.stdout
                == "Imran Khan ─holds→ Prime Minister of Pakistan ─officeOf→ Pakistan ─relationsWith─ Israel ←partOf─ Mossad "
                + "←officeOf─ Director of Mossad ←holds─ Yossi Cohen\n")
    }

    @Test func `path --json is a documented machine form`() throws {
        let result = try dossier("path", "Khan", "Cohen", "--json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["found"] as? Bool == true)
        let paths = try #require(object["paths"] as? [[String: Any]])
        #expect(paths.first?["length"] as? Int == 2)
        #expect(paths.first?["disputed"] as? Bool == true)
        #expect(
            paths.first?["entities"] as? [String] == [
                "person/imran-khan", "event/bukhari-visits-tel-aviv-2020-11", "person/yossi-cohen",
            ])
        let steps = try #require(paths.first?["steps"] as? [[String: Any]])
        #expect(steps.first?["deniedBy"] as? [String] == ["person/zulfi-bukhari"])
    }

    @Test func `no connection is an answer with exit status 0`() throws {
        let result = try dossier("path", "Kasuri", "Khan")
        #expect(result.status == 0)
        #expect(result.stdout == "No connection between Khurshid Kasuri and Imran Khan that the filters allow.\n")
        let json = try dossier("path", "Kasuri", "Khan", "--json")
        #expect(json.stdout.contains("\"found\" : false"))
    }

    @Test func `path --max-length lists simple paths shortest first`() throws {
        let result = try dossier("path", "Khan", "Cohen", "--max-length", "3")
        #expect(result.stdout.hasPrefix("1. (2 steps)\nImran Khan ─participant (sender)→"))
        #expect(result.stdout.contains("3. (3 steps)"))
        #expect(!result.stdout.contains("4. ("))
    }

    @Test func `path --avoid steers around an entity`() throws {
        let result = try dossier("path", "Khan", "Cohen", "--avoid", "Zulfi Bukhari visits Tel Aviv (2020-11)")
        #expect(result.stdout.contains("─relationsWith─ Israel"))
    }

    @Test func `bad path questions get clear messages`() throws {
        let same = try dossier("path", "Khan", "imran khan")
        #expect(same.status == 1)
        #expect(
            same.stderr
                == "Error: \"Khan\" and \"imran khan\" are the same entity (Imran Khan); name two different entities.\n"
        )
        let kind = try dossier("path", "Khan", "Cohen", "--relation", "likes")
        #expect(kind.status == 64)
        #expect(kind.stderr.contains("The value 'likes' is invalid for '--relation <kind>'"))
        let both = try dossier("path", "Khan", "Cohen", "--all-shortest", "--max-length", "3")
        #expect(both.stderr.hasPrefix("Error: Give --all-shortest or --max-length, not both.\n"))
    }

    @Test func `neighbours lists the office, the visit and Khan with how each is reached`() throws {
        let result = try dossier("neighbours", "Bukhari", "--depth", "1")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Zulfi Bukhari: 7 entities within 1 step\n"))
        #expect(result.stdout.contains("Zulfi Bukhari ─advises→ Imran Khan"))
        #expect(
            result.stdout.contains(
                "Zulfi Bukhari ─holds→ Special Assistant to the Prime Minister for Overseas Pakistanis"))
        #expect(result.stdout.contains("Zulfi Bukhari ─participant (visitor)→ Zulfi Bukhari visits Tel Aviv (2020-11)"))
    }

    @Test(arguments: [
        ("0", "at least 1 (it was 0)"), ("-3", "at least 1 (it was -3)"), ("2000000", "more than any graph needs"),
    ])
    func `a bad depth is refused`(depth: String, message: String) throws {
        let result = try dossier("neighbours", "Bukhari", "--depth=\(depth)")
        #expect(result.status == 64)
        #expect(result.stderr.contains(message))
    }

    @Test func `neighbours --json carries distances`() throws {
        let result = try dossier("neighbours", "Bukhari", "--depth", "2", "--kind", "person", "--json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let entities = try #require(object["entities"] as? [[String: Any]])
        let distances = Dictionary(
            uniqueKeysWithValues: entities.map { ($0["name"] as! String, $0["distance"] as! Int) })
        #expect(distances == ["Zulfi Bukhari": 0, "Imran Khan": 1])
    }

    @Test func `neighbours past --limit shows the nearest and says how many more, in text and JSON`() throws {
        let full = try dossier("neighbours", "Bukhari", "--depth", "2", "--json")
        let everything = try #require(try JSONSerialization.jsonObject(with: Data(full.stdout.utf8)) as? [String: Any])
        let all = try #require(everything["entities"] as? [[String: Any]])
        let total = all.count - 1
        #expect(everything["total"] as? Int == total)
        try #require(total > 3)

        let cut = try dossier("neighbours", "Bukhari", "--depth", "2", "--limit", "3", "--json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(cut.stdout.utf8)) as? [String: Any])
        let entities = try #require(object["entities"] as? [[String: Any]])
        #expect(object["total"] as? Int == total)
        #expect(entities.count == 4)
        // The nearest first: every one kept is no farther than every one left out.
        let kept = entities.compactMap { $0["distance"] as? Int }.max() ?? 0
        let ids = Set(entities.compactMap { $0["id"] as? String })
        let left = all.filter { !ids.contains($0["id"] as? String ?? "") }.compactMap { $0["distance"] as? Int }
        #expect(left.allSatisfy { $0 >= kept })
        let relations = try #require(object["relations"] as? [[String: Any]])
        #expect(
            relations.allSatisfy {
                ids.contains($0["source"] as? String ?? "") && ids.contains($0["target"] as? String ?? "")
            })

        let text = try dossier("neighbours", "Bukhari", "--depth", "2", "--limit", "3")
        #expect(text.stdout.hasPrefix("Zulfi Bukhari: \(total) entities within 2 steps\n"))
        #expect(text.stdout.hasSuffix("… and \(total - 3) more (--limit 0 lists all \(total))\n"))
        let negative = try dossier("neighbours", "Bukhari", "--limit=-1")
        #expect(negative.status == 64 && negative.stderr.contains("--limit must be 0 (for all) or more, not -1."))
    }

    @Test func `timeline orders appointment, visit, denial and resignation`() throws {
        let result = try dossier("timeline", "Zulfi Bukhari")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 6)
        #expect(lines[2].hasPrefix("2018-09     appointment"))
        #expect(lines[3].hasPrefix("2020-11     visit"))
        #expect(lines[3].hasSuffix("reported by Israel Hayom; denied by Zulfi Bukhari"))
        #expect(lines[4].hasPrefix("2021        denial"))
        #expect(lines[5].hasPrefix("2021-05-17  resignation"))
    }

    @Test func `central and components rank and group`() throws {
        let degree = try dossier("central", "--top", "2", "--kind", "person", "--json")
        let ranking = try #require(try JSONSerialization.jsonObject(with: Data(degree.stdout.utf8)) as? [[String: Any]])
        #expect(ranking.map { $0["name"] as? String } == ["Zulfi Bukhari", "Imran Khan"])
        let broker = try dossier("central", "--measure", "betweenness", "--top", "1")
        #expect(
            broker.stdout.split(separator: "\n").last?.hasSuffix("event  Zulfi Bukhari visits Tel Aviv (2020-11)")
                == true)
        let components = try dossier("components")
        #expect(components.stdout.hasPrefix("2 components\n1. 20 entities: "))
    }
}
