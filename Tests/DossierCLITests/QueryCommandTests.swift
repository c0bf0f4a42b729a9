import DossierTestSupport
import Foundation
import Testing

@Suite struct ShowAndEntitiesTests {
    let folder = TemporaryFolder()
    let store: String

    init() throws {
        store = try DossierProcess.buildExamples(in: folder)
    }

    @Test func `show prints aliases, relations and their evidence`() throws {
        let result = try DossierProcess.run(["show", "sayed zulfi bukhari", "--store", store])
        #expect(result.status == 0)
        #expect(
            result.stdout.hasPrefix(
                "Zulfi Bukhari  (person, person/zulfi-bukhari)\n  also: Bukhari; Sayed Zulfi Bukhari\n"))
        #expect(result.stdout.contains("  ─advises→ Imran Khan\n"))
        #expect(
            result.stdout.contains(
                "  ─holds→ Special Assistant to the Prime Minister for Overseas Pakistanis  [status: former]\n"))
        #expect(result.stdout.contains("“person/zulfi-bukhari,person/imran-khan,advises,,” — "))
    }

    @Test func `show --json gives the entity and its relations`() throws {
        let result = try DossierProcess.run(["show", "Bukhari", "--json", "--store", store])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let entity = try #require(object["entity"] as? [String: Any])
        #expect(entity["id"] as? String == "person/zulfi-bukhari")
        let relations = try #require(object["relations"] as? [[String: Any]])
        #expect(
            relations.map { $0["kind"] as? String } == [
                "advises", "citizenOf", "denied", "holds", "participant", "participant", "participant", "participant",
            ])
    }

    @Test func `an unknown name suggests close ones`() throws {
        let result = try DossierProcess.run(["show", "Imran Kahn", "--store", store])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: no entity is called \"Imran Kahn\". Did you mean \"Imran Khan\"?\n")
    }

    @Test func `entities filters by kind and text`() throws {
        let result = try DossierProcess.run(["entities", "--kind", "country", "--store", store])
        #expect(
            result.stdout == """
                ID                      KIND     NAME            ALIASES
                country/israel          country  Israel          Israeli
                country/pakistan        country  Pakistan        Pakistani
                country/turkey          country  Turkey          Turkish
                country/united-kingdom  country  United Kingdom  British, UK

                """)
        let matched = try DossierProcess.run(["entities", "--match", "mossad", "--json", "--store", store])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(matched.stdout.utf8)) as? [[String: Any]])
        #expect(list.compactMap { $0["name"] as? String } == ["Director of Mossad", "Mossad"])
    }

    @Test func `an unknown kind option lists the kinds`() throws {
        let result = try DossierProcess.run(["entities", "--kind", "planet", "--store", store])
        #expect(result.status == 64)
        #expect(result.stderr.contains("The value 'planet' is invalid for '--kind <kind>'"))
        #expect(result.stderr.contains("person"))
    }

    @Test func `queries on a missing store say how to make one`() throws {
        let missing = folder.file("missing.sqlite")
        let result = try DossierProcess.run(["stats", "--store", missing])
        #expect(result.status == 1)
        #expect(
            result.stderr == "Error: no store at \(missing). Build one first with `dossier build FILE...`, "
                + "or name it with --store or DOSSIER_STORE.\n")
    }

    @Test func `DOSSIER_STORE chooses the store`() throws {
        let result = try DossierProcess.run(["stats", "--json"], environment: ["DOSSIER_STORE": store])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"documents\" : 2"))
    }

    @Test func `terminal output does not replay control characters from input`() throws {
        folder.write("evil/nodes.csv", "id,kind,name\nperson/evil,person,\"Evil\u{1B}[31mRed\u{07}\"\n")
        let build = try DossierProcess.run(["build", folder.file("evil"), "--store", store])
        #expect(build.status == 0)
        let result = try DossierProcess.run(["entities", "--match", "evil", "--store", store])
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(result.stdout.contains("Evil\u{FFFD}[31mRed\u{FFFD}"))
    }
}
