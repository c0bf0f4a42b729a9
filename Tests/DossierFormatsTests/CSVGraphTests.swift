import Dossier
import DossierFormats
import Testing

@Suite struct CSVGraphTests {
    func file(_ path: String, _ text: String) -> SourceFile {
        SourceFile(path: path, bytes: Array(text.utf8))
    }

    func message(nodes: String, edges: String = "source,target,kind\n") -> String {
        do {
            _ = try CSVGraphReader().read(nodes: [file("nodes.csv", nodes)], edges: [file("edges.csv", edges)])
            return "no error"
        } catch {
            return String(describing: error)
        }
    }

    @Test func `a CSV pair gives entities, aliases, attributes and relations with line evidence`() throws {
        let nodes = file(
            "nodes.csv",
            "id,kind,name,aliases,born\r\nkhan,person,Imran Khan,Khan|IK,1952\r\n,country,Pakistan,,\r\n\"pm\",office,\"Prime Minister, of \"\"Pakistan\"\"\",,\r\n"
        )
        let edges = file(
            "edges.csv", "source,target,kind,status\nkhan,pm,holds,current\npm,country/pakistan,officeOf,\n")
        let source = try CSVGraphReader().read(nodes: [nodes], edges: [edges])
        let khan = try #require(source.draft.entities[EntityID(rawValue: "person/khan")!])
        #expect(khan.name == "Imran Khan")
        #expect(khan.aliases == ["IK", "Khan"])
        #expect(khan.attributes == ["born": "1952"])
        #expect(source.draft.entities[EntityID(rawValue: "office/pm")!]?.name == "Prime Minister, of \"Pakistan\"")
        #expect(source.draft.entities[EntityID(rawValue: "country/pakistan")!] != nil)
        let holds = try #require(source.draft.relations.values.first { $0.kind == .holds })
        #expect(holds.attributes == ["status": "current"])
        #expect(holds.evidence.first?.sentence == "khan,pm,holds,current")
        #expect(holds.evidence.first?.start == 26)
        #expect(source.origins[holds.key] == "edges.csv:2")
        #expect(source.draft.documents.count == 2)
    }

    @Test func `a row with the wrong number of fields names the file and line`() {
        #expect(
            message(nodes: "id,kind,name\na,person,A,extra\n") == """
                nodes.csv:2:12: this row has 4 fields; the header has 3
                2 | a,person,A,extra
                               ^
                Quote fields that hold commas ("Smith, John"), or add the missing fields.
                """)
    }

    @Test func `an unknown kind lists the known kinds`() {
        #expect(
            message(nodes: "id,kind,name\na,persn,A\n") == """
                nodes.csv:2:3: unknown entity kind "persn"
                2 | a,persn,A
                      ^
                Entity kinds are: person, office, organization, country, place, event.
                """)
        #expect(
            message(nodes: "id,kind,name\na,person,A\n", edges: "source,target,kind\na,a,likes\n").contains(
                "Relation kinds are: holds, officeOf"))
    }

    @Test func `an edge to an undeclared short id is an error`() {
        #expect(
            message(nodes: "id,kind,name\na,person,A\n", edges: "source,target,kind\na,b,advises\n") == """
                edges.csv:2:3: "b" is not an id from a nodes file of this build
                2 | a,b,advises
                      ^
                Declare it in a nodes.csv given to the same build, or write a full id such as person/b.
                """)
    }

    @Test func `an unclosed quote is an error`() {
        #expect(
            message(nodes: "id,kind,name\na,person,\"A\n").hasPrefix("nodes.csv:2:10: a quoted field is never closed"))
    }

    @Test func `a header without the needed columns is an error`() {
        #expect(message(nodes: "id,name\n").contains("the header has no \"kind\" column"))
    }

    @Test func `the header tells nodes from edges`() {
        #expect(CSVGraphReader.role(of: Array("id,kind,name\n".utf8)) == .nodes)
        #expect(CSVGraphReader.role(of: Array("source,target,kind,role\n".utf8)) == .edges)
        #expect(CSVGraphReader.role(of: Array("a,b\n".utf8)) == nil)
    }
}
