import DossierTestSupport
import Foundation
import Testing

/// `dossier extract` and `dossier merge`: the map and reduce of a build
/// spread over machines give exactly the graph `dossier build` gives, in
/// any grouping, and bad fragments are refused by file and line.
@Suite struct FragmentTests {
    let folder = TemporaryFolder()

    /// Three short articles of our own that share people, so the merge has
    /// to join names and events across them.
    static let articles = [
        "harbour.txt": """
        NAIROBI, March 3, 2022 — Kenyan President Amara Wekesa met Ugandan Foreign Minister Joseph Okello \
        in Nairobi on Thursday to discuss the new harbour at Lamu.
        Wekesa said the two countries would sign a trade agreement next month.

        """,
        "talks.txt": """
        KAMPALA, March 10, 2022 — Joseph Okello said on Monday that talks with President Wekesa had gone well.
        According to the Daily Monitor, Okello will visit Mombasa in April.

        """,
        "denial.txt": """
        MOMBASA, April 2, 2022 — The Kenya Ports Authority denied a report that the harbour contract \
        had been given to a Chinese company. Amara Wekesa declined to comment.

        """,
    ]

    func writeArticles() -> String {
        for (name, text) in Self.articles { _ = folder.write("news/\(name)", text) }
        return folder.file("news")
    }

    func run(_ arguments: [String], input: String? = nil) throws -> DossierProcess.Result {
        let result = try DossierProcess.run(arguments, input: input)
        try #require(result.status == 0, "dossier \(arguments.joined(separator: " ")): \(result.stderr)")
        return result
    }

    @Test func `extract then merge gives the graph build gives, however the fragments are grouped`() throws {
        let news = writeArticles()
        let store = folder.file("built.sqlite")
        _ = try run(["build", news, "--store", store])
        let built = try run(["export", "--store", store]).stdout

        let all = folder.write("all.fragments.jsonl", try run(["extract", news]).stdout)
        let merged = try run(["merge", all]).stdout
        #expect(merged == built)
        #expect(built.contains("person/amara-wekesa"))

        // One article per file, a partial merge of two, then the third: the same graph.
        let lines = try String(contentsOfFile: all, encoding: .utf8).split(separator: "\n").map(String.init)
        try #require(lines.count == 3)
        let first = folder.write("a.fragments.jsonl", lines[0] + "\n" + lines[2] + "\n")
        let second = folder.write("b.fragments.jsonl", lines[1] + "\n")
        let partial = folder.write("ab.fragments.jsonl", try run(["merge", "--fragment", first]).stdout)
        #expect(try run(["merge", second, partial]).stdout == built)
        // An article given twice counts once.
        #expect(try run(["merge", partial, all]).stdout == built)
        // Into a store, as a build would.
        let mergedStore = folder.file("merged.sqlite")
        _ = try run(["merge", all, "--store", mergedStore])
        #expect(try run(["export", "--store", mergedStore]).stdout == built)
    }

    @Test func `a merged fragment named only .jsonl is still read as fragments, however long its line`() throws {
        // Enough articles that the merged line runs past the 64 KB a reader looks at first,
        // with the format name at its end.
        for number in 0..<120 {
            _ = folder.write(
                "many/article-\(number).txt",
                "LAGOS, May \(number % 28 + 1), 2021 — Nigerian Trade Minister Bola Adeyemi-\(number) met "
                    + "Ghanaian counterpart Kwame Mensah-\(number) in Lagos to discuss tariffs on cocoa lot \(number).\n"
            )
        }
        let many = folder.file("many")
        let store = folder.file("many.sqlite")
        _ = try run(["build", many, "--store", store])
        let built = try run(["export", "--store", store]).stdout

        let pieces = folder.write("pieces.fragments.jsonl", try run(["extract", many]).stdout)
        let merged = folder.write("merged.jsonl", try run(["merge", "--fragment", pieces]).stdout)
        let line = try String(contentsOfFile: merged, encoding: .utf8)
        try #require(line.utf8.count > 65_536 && line.split(separator: "\n").count == 1)
        #expect(try run(["merge", merged]).stdout == built)
        #expect(built.contains("Kwame Mensah-119"))
    }

    @Test func `extract is deterministic and reads JSON lines with failures named by id`() throws {
        let news = writeArticles()
        #expect(try run(["extract", news]).stdout == (try run(["extract", news]).stdout))

        let text = try #require(Self.articles["talks.txt"])
        let good = try JSONSerialization.data(withJSONObject: ["id": "wire-17", "text": text, "date": "2022-03-10"])
        let input =
            String(decoding: good, as: UTF8.self) + "\n" + #"{"id": "wire-18", "body": "no text"}"# + "\n"
            + #"{"id": "wire-19", "text": "A short one.", "date": "2022-02-30"}"# + "\n" + "not json at all\n"
        let result = try run(["extract"], input: input)
        let objects = result.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(objects.count == 4)
        let articles = objects.flatMap { $0["articles"] as? [[String: Any]] ?? [] }
        #expect(articles.map { $0["name"] as? String } == ["wire-17"])
        let failures = objects.flatMap { $0["failures"] as? [[String: String]] ?? [] }
        #expect(failures.map { $0["name"] } == ["wire-18", "wire-19", "line 4"])
        #expect(failures.first?["reason"]?.contains("has no \"text\"") == true)
        #expect(result.stderr.contains("skipped article wire-19: line 3: date \"2022-02-30\" is not yyyy-mm-dd"))
        #expect(result.stderr.contains("3 articles could not be read"))

        // The merge carries the failures forward and says so.
        let fragments = folder.write("wire.fragments.jsonl", result.stdout)
        let merged = try run(["merge", fragments])
        #expect(merged.stderr.contains("article \"wire-18\" could not be read"))
        #expect(merged.stdout.contains("person/joseph-okello"))
    }

    @Test func `a cut fragment file is an error naming the line, and the store is left as it was`() throws {
        let news = writeArticles()
        let lines = try run(["extract", news]).stdout.split(separator: "\n").map(String.init)
        let cut = folder.write("cut.fragments.jsonl", lines[0] + "\n" + lines[1] + "\n" + lines[2].prefix(300))
        let store = folder.file("kept.sqlite")
        _ = try run([
            "build", folder.write("one.txt", "Ines Duarte, a Portuguese diplomat, visited Luanda.\n"), "--store", store,
        ])
        let before = try run(["export", "--store", store]).stdout
        let result = try DossierProcess.run(["merge", cut, "--store", store])
        #expect(result.status != 0)
        #expect(result.stderr.contains("cut.fragments.jsonl:3: the line is not whole JSON (cut short?)"))
        #expect(try run(["export", "--store", store]).stdout == before)
    }

    @Test func `fragments of another builder version are refused, naming both versions`() throws {
        let news = writeArticles()
        let line = try run(["extract", news]).stdout.split(separator: "\n")[0]
        let version = try #require(
            (try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["builder"] as? String)
        let other = line.replacingOccurrences(
            of: "\"builder\":\"\(version)\"", with: "\"builder\":\"0.0.9+lexicon.000000000000\"")
        try #require(other != line)
        let old = folder.write("old.fragments.jsonl", other + "\n")
        let result = try DossierProcess.run(["merge", old])
        #expect(result.status != 0)
        #expect(result.stderr.contains("old.fragments.jsonl:1"))
        #expect(result.stderr.contains("0.0.9+lexicon.000000000000"))
        #expect(result.stderr.contains(version))
    }
}
