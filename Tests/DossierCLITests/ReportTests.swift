import Dossier
import DossierRender
import DossierStore
import DossierTestSupport
import Foundation
import Testing

/// `dossier report` on the seeds, opened in headless Chromium.
@Suite struct ReportTests {
    let folder = TemporaryFolder()
    let store: String
    let report: String

    init() throws {
        store = try DossierProcess.buildSeeds(in: folder)
        report = folder.file("story.html")
        let result = try DossierProcess.run(["report", "--store", store, "-o", report])
        guard result.status == 0 else { throw DossierProcess.ExampleBuildFailed(message: result.stderr) }
    }

    func browser() throws -> HeadlessBrowser {
        try #require(HeadlessBrowser.find(), "no Chromium on PATH; `make setup` installs Debian's chromium")
    }

    func open(_ file: String, fragment: String? = nil) throws -> HeadlessBrowser.Page {
        let page = try browser().open(file, fragment: fragment, in: folder.file("profile"))
        #expect(page.dom.contains("data-ready=\"true\""), "the page's script did not finish")
        #expect(!page.dom.contains("data-count="), "the page caught script errors")
        let console = page.log.split(separator: "\n").filter { $0.contains("CONSOLE") }
        #expect(console.isEmpty, "the console said: \(console.joined(separator: "\n"))")
        return page
    }

    /// The cards in the DOM: id and whether it is shown.
    static func cards(_ dom: String) -> [(id: String, shown: Bool)] {
        guard let start = dom.range(of: "<div id=\"cards\">") else { return [] }
        let pattern = try! NSRegularExpression(pattern: "<article class=\"card( hidden)?\" data-id=\"([^\"]+)\"")
        let text = String(dom[start.upperBound...])
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (String(text[Range(match.range(at: 2), in: text)!]), match.range(at: 1).location == NSNotFound)
        }
    }

    /// The detail pane's markup.
    static func detail(_ dom: String) -> String {
        guard let start = dom.range(of: "<div id=\"detail\">"), let end = dom.range(of: "<div id=\"cards\">") else {
            return ""
        }
        return String(dom[start.upperBound..<end.lowerBound])
    }

    @Test func `the report is one file that fetches nothing, with one SVG node per entity`() throws {
        let html = try String(contentsOfFile: report, encoding: .utf8)
        for forbidden in ["<script src", "<link", "src=\"http", "url(http", "@import", "<iframe"] {
            #expect(!html.contains(forbidden), "the page loads something: \(forbidden)")
        }
        let graph = try GraphStore(path: store, access: .readOnly).graph()
        let nodes = try NSRegularExpression(pattern: "<g id=\"[^\"]+\" class=\"node [a-z]+\"")
        #expect(nodes.numberOfMatches(in: html, range: NSRange(html.startIndex..., in: html)) == graph.entityCount)
        let edges = try NSRegularExpression(pattern: "<g id=\"[^\"]+\" class=\"edge [a-zA-Z]+\"")
        // One edge per relation, less the citizenships an office held in the drawing says already.
        let whole = Subgraph(start: [], entities: graph.entities, relations: graph.relations, distances: [:])
        let drawn = DOTWriter.drawnRelations(of: whole)
        #expect(edges.numberOfMatches(in: html, range: NSRange(html.startIndex..., in: html)) == drawn.count)
        let left = Set(graph.relations.map(\.id)).subtracting(drawn.map(\.id))
        #expect(graph.relations.filter { left.contains($0.id) }.allSatisfy { $0.attributes["basis"] == "office" })
    }

    @Test func `in the browser every entity has a card, and searching Bukhari leaves his`() throws {
        let graph = try GraphStore(path: store, access: .readOnly).graph()
        let all = Self.cards(try open(report).dom)
        #expect(all.count == graph.entityCount && all.allSatisfy(\.shown))

        let searched = Self.cards(try open(report, fragment: "search=Bukhari").dom)
        let bukhari = try #require(graph.entities.first { $0.name == "Zulfi Bukhari" })
        #expect(searched.first { $0.id == bukhari.id.rawValue }?.shown == true)
        let shown = Set(searched.filter(\.shown).map(\.id))
        let matching = Set(
            graph.entities.filter { ([$0.name] + $0.aliases).contains { $0.contains("Bukhari") } }.map(\.id.rawValue))
        #expect(shown == matching, "shown: \(shown.sorted())")
        #expect(shown.count < graph.entityCount / 2)
    }

    @Test func `clicking the visit shows who denies it and the sentences of both articles`() throws {
        let graph = try GraphStore(path: store, access: .readOnly).graph()
        let visit = try #require(
            graph.entities.first { $0.attributes["type"] == "visit" && $0.name.contains("Tel Aviv") })
        let detail = Self.detail(try open(report, fragment: "select=" + visit.id.rawValue).dom)
        #expect(detail.contains("data-id=\"\(visit.id.rawValue)\""))
        #expect(detail.contains("denied by Zulfi Bukhari"))
        for article in [
            "seeds/former-aide-secret-visit-to-israel.txt", "seeds/pakistan-israel-contacts-asian-lite.txt",
        ] {
            #expect(detail.contains(article), "no sentence quoted from \(article)")
        }
        #expect(detail.contains("<blockquote>“"))
    }

    @Test func `hostile names are shown as text, never run as markup`() throws {
        let hostile = [
            "<script>document.body.setAttribute('data-pwned','1')</script>",
            "<img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">",
            "Quote \" and back\\slash", "Two\nlines", "Red \u{1B}[31mANSI", "\u{200F}مرحبا RTL",
        ]
        var entities: [[String: Any]] = []
        for (index, name) in hostile.enumerated() {
            entities.append([
                "id": "person/h\(index)", "kind": "person", "name": name, "aliases": [], "attributes": [:],
            ])
        }
        let relations: [[String: Any]] = [
            [
                "id": "associateOf:person/h0->person/h1", "kind": "associateOf", "source": "person/h0",
                "target": "person/h1", "attributes": [:], "evidence": [],
            ]
        ]
        let graph: [String: Any] = [
            "format": "dossier-graph/1", "documents": [], "entities": entities, "relations": relations,
        ]
        let input = folder.write(
            "hostile.json", String(decoding: try JSONSerialization.data(withJSONObject: graph), as: UTF8.self))
        let hostileStore = folder.file("hostile.sqlite")
        let built = try DossierProcess.run(["build", input, "--store", hostileStore])
        try #require(built.status == 0, "\(built.stderr)")
        let page = folder.file("hostile.html")
        let written = try DossierProcess.run(["report", "--store", hostileStore, "-o", page])
        try #require(written.status == 0, "\(written.stderr)")
        let dom = try open(page).dom
        #expect(!dom.contains("data-pwned=\""), "a name ran as script")
        #expect(dom.contains("&lt;script&gt;document.body.setAttribute('data-pwned','1')&lt;/script&gt;"))
        #expect(dom.contains("&lt;img src=x onerror="))
        #expect(!dom.contains("\u{1B}"), "an escape character reached the page")
        #expect(dom.contains("Red ␛[31mANSI"), "the escape is shown as what it is")
        #expect(dom.contains("Quote \" and back\\slash") || dom.contains("Quote &quot; and back\\slash"))
        #expect(Self.cards(dom).count == hostile.count)
    }

    @Test func `past --max-nodes the drawing keeps the most connected, the cards keep all, and the page says so`()
        throws
    {
        let page = folder.file("small.html")
        let result = try DossierProcess.run(["report", "--store", store, "-o", page, "--max-nodes", "5"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        let nodes = try NSRegularExpression(pattern: "<g id=\"[^\"]+\" class=\"node [a-z]+\"")
        #expect(nodes.numberOfMatches(in: html, range: NSRange(html.startIndex..., in: html)) == 5)
        let graph = try GraphStore(path: store, access: .readOnly).graph()
        let dom = try open(page).dom
        #expect(Self.cards(dom).count == graph.entityCount)
        #expect(dom.contains("The diagram draws the 5 most connected of \(graph.entityCount) entities"))
        // No entity left out has more relations than one drawn.
        let degree = { (entity: Entity) in graph.relations(from: entity.id).count + graph.relations(to: entity.id).count
        }
        // libgraphviz writes a hyphen in an SVG id as a character reference.
        let drawn = graph.entities.filter {
            html.contains("<g id=\"\($0.id.rawValue.replacingOccurrences(of: "-", with: "&#45;"))\" class=\"node")
        }
        let left = graph.entities.filter { entity in !drawn.contains { $0.id == entity.id } }
        #expect(drawn.count == 5)
        #expect((drawn.map(degree).min() ?? 0) >= (left.map(degree).max() ?? 0))
    }

    @Test func `an empty store gives a report that says so`() throws {
        let empty = folder.file("empty.sqlite")
        _ = try GraphStore(path: empty)
        let page = folder.file("empty.html")
        let result = try DossierProcess.run(["report", "--store", empty, "-o", page])
        #expect(result.status == 0, "\(result.stderr)")
        let dom = try open(page).dom
        #expect(dom.contains("This store is empty"))
        #expect(Self.cards(dom).isEmpty)
    }

    @Test func `an unwritable output is a clear error and leaves nothing`() throws {
        let missing = folder.file("no-such-folder/story.html")
        let result = try DossierProcess.run(["report", "--store", store, "-o", missing])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no-such-folder") && result.stderr.contains("does not exist"))
        #expect(!FileManager.default.fileExists(atPath: missing))
        let before = try Data(contentsOf: URL(fileURLWithPath: report))
        let folderTarget = try DossierProcess.run(["report", "--store", store, "-o", folder.file("")])
        #expect(folderTarget.status != 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: report)) == before)
    }
}
