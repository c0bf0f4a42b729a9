import DossierTestSupport
import Foundation
import Testing

/// A list (FollowTheMoney lines) built with articles: the article's person
/// joins the list's person of the same name and country, a namesake who
/// agrees on nothing stays apart, a `different` pair forbids the join, and
/// gzip files read as what they hold.
@Suite struct ListMatchTests {
    let folder = TemporaryFolder()

    /// An article of our own, with the listed minister and a namesake of
    /// the list's other person who is from another country.
    static let article = """
        LAGOS, June 6, 2023 — Nigerian Finance Minister Adaeze Okafor-Lind said on Tuesday that the \
        government would repay the Eurobond early.
        Chidi Lind, a Kenyan lawyer who advises the creditors, said the offer was welcome.

        """

    func export(_ store: String) throws -> [[String: Any]] {
        let text = try DossierProcess.run(["export", "--store", store]).stdout
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return try #require(object["entities"] as? [[String: Any]])
    }

    func relations(_ store: String) throws -> [[String: Any]] {
        let text = try DossierProcess.run(["export", "--store", store]).stdout
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return try #require(object["relations"] as? [[String: Any]])
    }

    @Test func `the article's person joins the listed person with the same name and country`() throws {
        let story = folder.write("story/lagos.txt", Self.article)
        let list = folder.write("list.ftm.json", FtMTests.list)
        let store = folder.file("joined.sqlite")
        let result = try DossierProcess.run(["build", story, list, "--store", store, "--json"])
        try #require(result.status == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let matches = try #require(report["listMatches"] as? [[String: Any]])
        #expect(matches.count == 1)
        #expect(matches.first?["entity"] as? String == "person/adaeze-okafor-lind")
        #expect(matches.first?["listID"] as? String == "pep-1")
        #expect(matches.first?["reason"] as? String == "same name, country Nigeria")

        let entities = try export(store)
        let people = entities.filter { $0["kind"] as? String == "person" }
        let minister = try #require(people.first { $0["id"] as? String == "person/adaeze-okafor-lind" })
        let attributes = minister["attributes"] as? [String: String] ?? [:]
        #expect(attributes["ftmId"] == "pep-1")
        #expect(attributes["birthDate"] == "1961-04-02")
        #expect(attributes["listMatch"] == "FtM pep-1: same name, country Nigeria")
        #expect(Set(minister["aliases"] as? [String] ?? []).isSuperset(of: ["A. Okafor"]))
        // The namesake from Kenya is not the listed Swede.
        let namesakes = people.filter { $0["name"] as? String == "Chidi Lind" }.compactMap { $0["id"] as? String }
        #expect(Set(namesakes) == ["person/chidi-lind", "person/chidi-lind-pep-2"])
        let notes = report["listNotes"] as? [String] ?? []
        #expect(notes.contains { $0.hasSuffix("kept apart as person/chidi-lind-pep-2") })

        // One entity holds the article's evidence and the list's position.
        let mine = try relations(store).filter { $0["source"] as? String == "person/adaeze-okafor-lind" }
        let documents = Set(
            mine.flatMap { ($0["evidence"] as? [[String: Any]] ?? []).compactMap { $0["sentence"] as? String } }
                .map { $0.hasPrefix("{") ? "list" : "article" })
        #expect(documents == ["list", "article"])
        #expect(
            mine.contains {
                $0["kind"] as? String == "holds" && $0["target"] as? String == "office/minister-of-finance-of-nigeria"
            })
    }

    @Test func `a different pair keeps the list's person apart, and one word never matches`() throws {
        let story = folder.write("story/lagos.txt", Self.article)
        let list = folder.write("list.ftm.json", FtMTests.list)
        let facts = folder.write(
            "facts.json",
            #"{"format": "dossier-facts/1", "different": [["Adaeze Okafor-Lind", "pep-1"]]}"#)
        let store = folder.file("apart.sqlite")
        let result = try DossierProcess.run(["build", story, list, facts, "--store", store])
        try #require(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("joined with a list entry"))
        let ids = try export(store).compactMap { $0["id"] as? String }
        #expect(ids.contains("person/adaeze-okafor-lind") && ids.contains("person/adaeze-okafor-lind-pep-1"))

        let short = folder.write(
            "short/note.txt", "LAGOS, June 6, 2023 — Okafor-Lind said on Tuesday that it rained.\n")
        let oneWord = folder.file("one-word.sqlite")
        let second = try DossierProcess.run(["build", short, list, "--store", oneWord, "--json"])
        try #require(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains(#""listMatches" : [\#n\#n  ]"#))
    }

    @Test func `gzip files build as what they hold, and a cut one is refused naming it`() throws {
        let plain = folder.write("list.ftm.json", FtMTests.list)
        let zipped = folder.file("list.ftm.json.gz")
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        gzip.arguments = ["-c", "gzip -c '\(plain)' > '\(zipped)'"]
        try gzip.run()
        gzip.waitUntilExit()
        try #require(gzip.terminationStatus == 0)
        let store = folder.file("zipped.sqlite")
        let result = try DossierProcess.run(["build", zipped, "--store", store])
        try #require(result.status == 0, "\(result.stderr)")
        let names = Set(try export(store).compactMap { $0["name"] as? String })
        #expect(names.contains("Adaeze Okafor-Lind") && names.contains("Harbour Holdings Ltd"))
        // The same bytes, plain, are the same document.
        let again = try DossierProcess.run(["build", plain, "--store", store])
        try #require(again.status == 0, "\(again.stderr)")
        let text = try DossierProcess.run(["export", "--store", store]).stdout
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect((object["documents"] as? [Any])?.count == 1)

        let bytes = try Data(contentsOf: URL(fileURLWithPath: zipped))
        let cut = folder.file("cut.ftm.json.gz")
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: cut))
        let before = try export(store).count
        let failed = try DossierProcess.run(["build", cut, "--store", store])
        #expect(failed.status != 0)
        #expect(failed.stderr.contains("cut.ftm.json.gz: the gzip file is cut short"))
        #expect(try export(store).count == before)
    }
}
