import ArgumentParser
import Dossier
import DossierStore

/// `dossier components`: the separate groups of the graph.
struct ComponentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "components",
        abstract: "List the groups of entities connected to each other, largest first.")

    @OptionGroup var storeOptions: StoreOptions

    @Flag(help: "Print the components as JSON (lists of ids).")
    var json = false

    func run() throws {
        let components = try storeOptions.openForReading().graph().connectedComponents()
        if json {
            try Terminal.printJSON(components.map { $0.map(\.id) })
            return
        }
        print(Terminal.count(components.count, "component", "components"))
        for (number, members) in components.enumerated() {
            let names = members.prefix(6).map { Terminal.safe($0.name) }.joined(separator: ", ")
            let more = members.count > 6 ? ", … (\(members.count - 6) more)" : ""
            print("\(number + 1). \(Terminal.count(members.count, "entity", "entities")): \(names)\(more)")
        }
    }
}
