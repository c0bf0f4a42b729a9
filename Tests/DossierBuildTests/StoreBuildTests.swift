import Dossier
import DossierBuild
import DossierStore
import DossierTestSupport
import Foundation
import Testing

/// The build as a library call: a real SQLite file, real articles.
@Suite struct StoreBuildTests {
    static let article = """
        Dr. Amara Osei, the Foreign Minister of Ghana, visited Nairobi on March 3, 2021. \
        She met Kenyan President Daniel Mwangi in Nairobi.
        """

    @Test func anArticleAndAFactsFileBuildIntoOneStore() throws {
        let folder = TemporaryFolder()
        folder.write("story/visit.txt", Self.article)
        folder.write(
            "story/facts.json",
            """
            {"format": "dossier-facts/1",
             "entities": [{"kind": "organization", "name": "Ghana News Agency"}],
             "relations": [{"kind": "reported", "source": "Ghana News Agency", "target": "Amara Osei",
                            "cite": "notes, line 1"}]}
            """)
        let store = folder.file("story.sqlite")
        var steps: [BuildProgress] = []
        let result = try StoreBuild(storePath: store).run(paths: [folder.file("story")]) { steps.append($0) }
        #expect(result.files == 2)
        #expect(result.skipped.isEmpty)
        #expect(result.summary.documentsAdded == 2)  // the article and the facts file
        #expect(steps.first == .read(done: 1, total: 2))
        #expect(steps.contains(.read(done: 2, total: 2)))
        #expect(steps.contains(.joining(articles: 1)))
        #expect(steps.last == .writing(store: store))
        let reader = try GraphStore(path: store, access: .readOnly)
        let osei = try reader.resolve("Amara Osei")
        let kinds = Set(try reader.relations(of: osei.id).map(\.kind))
        #expect(kinds.isSuperset(of: [.holds, .reported]))
        #expect(try reader.resolve("Ghana News Agency").kind == .organization)
    }

    @Test func aSecondBuildOfTheSameFilesSkipsThem() throws {
        let folder = TemporaryFolder()
        let path = folder.write("visit.txt", Self.article)
        let store = folder.file("story.sqlite")
        let first = try StoreBuild(storePath: store).run(paths: [path])
        let second = try StoreBuild(storePath: store).run(paths: [path])
        #expect(first.summary.entitiesAdded > 0)
        #expect(second.skipped == [path])
        #expect(second.summary.entitiesAdded == 0)
        #expect(second.summary.documentsAdded == 0)
    }

    @Test func aFailedBuildLeavesTheStoreAsItWas() throws {
        let folder = TemporaryFolder()
        let store = folder.file("story.sqlite")
        _ = try StoreBuild(storePath: store).run(paths: [folder.write("visit.txt", Self.article)])
        let before = folder.bytes(of: store)
        let bad = folder.write(
            "facts.json",
            """
            {"format": "dossier-facts/1",
             "relations": [{"kind": "reported", "source": "Nobody Known", "target": "Amara Osei",
                            "cite": "notes, line 2"}]}
            """)
        let other = folder.write("other.txt", "Dr. Kofi Mensah visited Accra on May 2, 2022.")
        #expect {
            try StoreBuild(storePath: store).run(paths: [other, bad])
        } throws: { error in
            "\(error)".contains("Nobody Known") && "\(error)".contains("Nothing was written")
        }
        #expect(folder.bytes(of: store) == before)
        #expect(throws: StoreError.self) { try GraphStore(path: store, access: .readOnly).resolve("Kofi Mensah") }
    }

    @Test func aFailedFirstBuildLeavesNoStore() throws {
        let folder = TemporaryFolder()
        let store = folder.file("new.sqlite")
        let bad = folder.write("graph.json", "{\"format\": \"dossier/1\", \"entities\": [")
        #expect(throws: (any Error).self) { try StoreBuild(storePath: store).run(paths: [bad]) }
        #expect(!FileManager.default.fileExists(atPath: store))
    }

    @Test func aLexiconFileTeachesTheBuildANewPlace() throws {
        let folder = TemporaryFolder()
        let lexicon = folder.write("places.tsv", "place\tZarnovo\t\tSlovakia\n")
        let path = folder.write("visit.txt", "The minister flew to Zarnovo on Monday.")
        let store = folder.file("story.sqlite")
        _ = try StoreBuild(storePath: store, lexiconFiles: [lexicon]).run(paths: [path])
        let place = try GraphStore(path: store, access: .readOnly).resolve("Zarnovo")
        #expect(place.kind == .place)
    }
}
