import DossierTestSupport
import Foundation
import Testing

/// FollowTheMoney in and out, checked by the `followthemoney` package, and
/// the Kuzu export loaded into Kuzu.
@Suite struct FtMTests {
    let folder = TemporaryFolder()

    /// A hand-made list in the shape OpenSanctions publishes: a person with
    /// aliases and a nationality, a position with its country and body, an
    /// occupancy with dates, a directorship with a date that is not one, a
    /// family link, an event, an unknown schema and a link with a missing end.
    static let list = """
        {"id": "pep-1", "schema": "Person", "properties": {"name": ["Adaeze Okafor-Lind"], "alias": ["A. Okafor"], "weakAlias": ["Mama Ada"], "nationality": ["ng"], "birthDate": ["1961-04-02"], "sourceUrl": ["https://example.org/peps/1"]}, "datasets": ["example_peps"]}
        {"id": "pos-1", "schema": "Position", "properties": {"name": ["Minister of Finance of Nigeria"], "country": ["ng"], "organization": ["org-2"]}}
        {"id": "occ-1", "schema": "Occupancy", "properties": {"holder": ["pep-1"], "post": ["pos-1"], "startDate": ["2011-07"], "endDate": ["2015-05-29"], "status": ["ended"]}}
        {"id": "org-1", "schema": "Company", "properties": {"name": ["Harbour Holdings Ltd"], "jurisdiction": ["gb"]}}
        {"id": "org-2", "schema": "PublicBody", "properties": {"name": ["Federal Ministry of Finance"], "country": ["ng"]}}
        {"id": "dir-1", "schema": "Directorship", "properties": {"director": ["pep-1"], "organization": ["org-1"], "role": ["non-executive director"], "startDate": ["sometime in 2016"]}}
        {"id": "pep-2", "schema": "Person", "properties": {"name": ["Chidi Lind"], "country": ["se"]}}
        {"id": "fam-1", "schema": "Family", "properties": {"person": ["pep-1"], "relative": ["pep-2"], "relationship": ["son"]}}
        {"id": "mem-1", "schema": "Membership", "properties": {"member": ["pep-2"], "organization": ["org-1"], "role": ["shareholder"]}}
        {"id": "evt-1", "schema": "Event", "properties": {"name": ["Eurobond signing"], "date": ["2013-07-02"], "location": ["London"], "involved": ["pep-1", "org-1"]}}
        {"id": "unk-1", "schema": "UnknownLink", "properties": {"subject": ["pep-2"], "object": ["org-2"], "role": ["adviser"]}}
        {"id": "ves-1", "schema": "Vessel", "properties": {"name": ["MV Example"]}}
        {"id": "unk-2", "schema": "UnknownLink", "properties": {"subject": ["pep-2"], "object": ["nobody-9"]}}

        """

    func build(_ files: [String], store: String) throws -> DossierProcess.Result {
        try DossierProcess.run(["build"] + files + ["--store", store])
    }

    func graph(_ store: String) throws -> [String: Any] {
        let text = try DossierProcess.run(["export", "--store", store]).stdout
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The JSON lines of an FtM file, by id.
    func lines(_ text: String) throws -> [String: [String: Any]] {
        var result: [String: [String: Any]] = [:]
        for line in text.split(separator: "\n") where !line.isEmpty {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            result[try #require(object["id"] as? String)] = object
        }
        return result
    }

    @Test func `an FtM list builds into people, offices, links and countries, and says what it left out`() throws {
        let path = folder.write("list.ftm.json", Self.list)
        let store = folder.file("list.sqlite")
        let result = try build([path], store: store)
        try #require(result.status == 0, "\(result.stderr)")
        let object = try graph(store)
        let entities = try #require(object["entities"] as? [[String: Any]])
        let byName = Dictionary(entities.map { ($0["name"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        let person = try #require(byName["Adaeze Okafor-Lind"])
        #expect(person["kind"] as? String == "person")
        #expect(Set(person["aliases"] as? [String] ?? []) == ["A. Okafor", "Mama Ada"])
        #expect((person["attributes"] as? [String: String])?["birthDate"] == "1961-04-02")
        #expect(byName["Minister of Finance of Nigeria"]?["kind"] as? String == "office")
        #expect(byName["Nigeria"]?["kind"] as? String == "country")
        #expect(byName["Harbour Holdings Ltd"]?["kind"] as? String == "organization")
        #expect(byName["London"]?["kind"] as? String == "place")
        #expect(byName["MV Example"] == nil)

        let relations = try #require(object["relations"] as? [[String: Any]])
        func relation(_ kind: String, _ source: String, _ target: String) -> [String: String]? {
            relations.first {
                $0["kind"] as? String == kind && ($0["source"] as? String)?.hasSuffix(source) == true
                    && ($0["target"] as? String)?.hasSuffix(target) == true
            }.map { $0["attributes"] as? [String: String] ?? [:] }
        }
        let holds = try #require(relation("holds", "/adaeze-okafor-lind", "/minister-of-finance-of-nigeria"))
        #expect(holds["since"] == "2011-07" && holds["until"] == "2015-05-29" && holds["status"] == "ended")
        let director = try #require(relation("memberOf", "/adaeze-okafor-lind", "/harbour-holdings-ltd"))
        #expect(director["position"] == "non-executive director" && director["since"] == nil)
        #expect(relation("associateOf", "/adaeze-okafor-lind", "/chidi-lind")?["relationship"] == "son")
        #expect(relation("linkedTo", "/chidi-lind", "/federal-ministry-of-finance")?["role"] == "adviser")
        #expect(relation("citizenOf", "/adaeze-okafor-lind", "/nigeria") != nil)
        #expect(relation("citizenOf", "/chidi-lind", "/sweden")?["ftmProperty"] == "country")
        #expect(relation("officeOf", "/minister-of-finance-of-nigeria", "/federal-ministry-of-finance") != nil)
        #expect(relation("officeOf", "/minister-of-finance-of-nigeria", "/nigeria") != nil)
        #expect(relation("locatedIn", "/harbour-holdings-ltd", "/united-kingdom")?["ftmProperty"] == "jurisdiction")
        #expect(relation("participant", "/harbour-holdings-ltd", "/eurobond-signing")?["role"] == "involved")
        #expect(relation("heldIn", "/eurobond-signing", "/london") != nil)

        #expect(
            result.stderr.contains("list.ftm.json:6: Directorship dir-1: startDate \"sometime in 2016\" is not a date"))
        #expect(result.stderr.contains("list.ftm.json:13: UnknownLink unk-2: its object is missing or not in the file"))
        #expect(result.stderr.contains("list.ftm.json:12: 1 Vessel entity left out"))
    }

    @Test func `a malformed FtM line fails the build at its line and the store keeps what it had`() throws {
        let store = folder.file("kept.sqlite")
        try #require(try build([folder.write("list.ftm.json", Self.list)], store: store).status == 0)
        let before = try DossierProcess.run(["export", "--store", store]).stdout
        let broken = """
            {"id": "p-1", "schema": "Person", "properties": {"name": ["Somebody Else"]}}
            {"id": "p-2", "schema": "Person", "properties": {"name": ["Another One"]}}
            {"id": "p-3", "schema": "Person", "properties": {"name": ["Cut Off"
            """
        let result = try build([folder.write("broken.jsonl", broken)], store: store)
        #expect(result.status != 0)
        #expect(result.stderr.contains("broken.jsonl:3"), "\(result.stderr)")
        #expect(result.stderr.contains("line 3 is not a JSON object"), "\(result.stderr)")
        #expect(try DossierProcess.run(["export", "--store", store]).stdout == before)
        let noSchema = try build(
            [folder.write("noschema.jsonl", "{\"id\": \"x\", \"properties\": {}}\n")], store: store)
        #expect(noSchema.status != 0)
        #expect(noSchema.stderr.contains("noschema.jsonl:1") && noSchema.stderr.contains("has no \"schema\""))
        #expect(try DossierProcess.run(["export", "--store", store]).stdout == before)
    }

    @Test func `FtM to Dossier to FtM keeps every mapped property`() throws {
        let store = folder.file("round.sqlite")
        try #require(try build([folder.write("list.ftm.json", Self.list)], store: store).status == 0)
        let export = try DossierProcess.run(["export", "--store", store, "--format", "ftm"])
        try #require(export.status == 0, "\(export.stderr)")
        let written = try lines(export.stdout)
        let read = try lines(Self.list)
        let leftOut: Set<String> = ["ves-1", "unk-2"]
        for (id, original) in read where !leftOut.contains(id) {
            let copy = try #require(written[id], "\(id) is not written back")
            #expect(copy["schema"] as? String == original["schema"] as? String, "\(id)")
            let before = original["properties"] as? [String: [String]] ?? [:]
            let after = copy["properties"] as? [String: [String]] ?? [:]
            for (property, values) in before {
                let kept = id == "dir-1" && property == "startDate" ? [] : values
                #expect(Set(after[property] ?? []) == Set(kept), "\(id).\(property)")
            }
            #expect(copy["datasets"] as? [String] == original["datasets"] as? [String], "\(id)")
        }
    }

    @Test func `followthemoney validates the FtM export of the seeds and of a list`() throws {
        let seeds = try DossierProcess.buildSeeds(in: folder)
        let list = folder.file("list.sqlite")
        try #require(try build([folder.write("list.ftm.json", Self.list)], store: list).status == 0)
        for store in [seeds, list] {
            let path = folder.file("out.ftm.json")
            let export = try DossierProcess.run(["export", "--store", store, "--format", "ftm", "-o", path])
            try #require(export.status == 0, "\(export.stderr)")
            let check = try PythonScript.run("check_ftm.py", [path])
            try #require(check.status == 0, "followthemoney failed (make test installs it): \(check.stderr)")
            let report = try #require(check.object)
            #expect(report["problems"] as? [String] == [], "\(report["problems"] ?? "")")
            let count = try #require(report["entities"] as? Int)
            #expect(count > 8)
            #expect(report["validated"] as? Int == count)
            #expect(report["aggregated"] as? Int == count)
            let schemata = report["schemata"] as? [String: Int] ?? [:]
            #expect(schemata["Person"] ?? 0 >= 2 && schemata["Occupancy"] ?? 0 >= 1 && schemata["Position"] ?? 0 >= 1)
        }
    }

    @Test func `Kuzu loads the kuzu export with Dossier's counts and shortest path`() throws {
        let store = try DossierProcess.buildSeeds(in: folder)
        let script = folder.file("graph.cypher")
        let export = try DossierProcess.run(["export", "--store", store, "--format", "kuzu", "-o", script])
        try #require(export.status == 0, "\(export.stderr)")
        let check = try PythonScript.run(
            "check_kuzu.py", [script, folder.file("kuzu.db"), "Imran Khan", "Yossi Cohen"])
        try #require(check.status == 0, "Kuzu failed (make test installs kuzu): \(check.stderr)")
        let report = try #require(check.object)
        let stats = try #require(
            try JSONSerialization.jsonObject(
                with: Data(try DossierProcess.run(["stats", "--json", "--store", store]).stdout.utf8)) as? [String: Any]
        )
        let labels = [
            "person": "Person", "office": "Office", "organization": "Organization", "country": "Country",
            "place": "Place", "event": "Event",
        ]
        let entities = try #require(stats["entities"] as? [String: Int])
        let nodes = try #require(report["nodes"] as? [String: Int])
        #expect(nodes == Dictionary(uniqueKeysWithValues: entities.map { (labels[$0.key]!, $0.value) }))
        let relations = try #require(stats["relations"] as? [String: Int])
        let types = try #require(report["relations"] as? [String: Int])
        func type(_ kind: String) -> String {
            kind.reduce(into: "") { out, character in
                out += character.isUppercase ? "_\(character)" : character.uppercased()
            }
        }
        #expect(types == Dictionary(uniqueKeysWithValues: relations.map { (type($0.key), $0.value) }))
        let path = try DossierProcess.run(["path", "Imran Khan", "Yossi Cohen", "--json", "--store", store])
        let answer = try #require(try JSONSerialization.jsonObject(with: Data(path.stdout.utf8)) as? [String: Any])
        let length = (answer["paths"] as? [[String: Any]])?.first?["length"] as? Int
        #expect(length != nil && report["path"] as? Int == length)
    }

    @Test func `the Kuzu export keeps hostile names as text`() throws {
        let hostile = "Robert'); DROP TABLE Person; // \\ \"q\" \n\u{1B}[31m"
        let nodes = folder.write(
            "nodes.csv",
            "id,kind,name\np1,person,\"\(hostile.replacingOccurrences(of: "\"", with: "\"\""))\"\np2,person,Plain Name\n"
        )
        let edges = folder.write("edges.csv", "source,target,kind\np1,p2,associateOf\n")
        let store = folder.file("hostile.sqlite")
        let result = try build([nodes, edges], store: store)
        try #require(result.status == 0, "\(result.stderr)")
        let script = folder.file("hostile.cypher")
        try #require(
            try DossierProcess.run(["export", "--store", store, "--format", "kuzu", "-o", script]).status == 0)
        let check = try PythonScript.run("check_kuzu.py", [script, folder.file("hostile.db"), hostile, "Plain Name"])
        try #require(check.status == 0, "\(check.stderr)")
        let report = try #require(check.object)
        #expect(report["nodes"] as? [String: Int] == ["Person": 2])
        #expect(report["path"] as? Int == 1)
    }
}
