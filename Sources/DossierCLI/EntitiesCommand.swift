import ArgumentParser
import Dossier
import DossierStore

/// `dossier entities`: lists entities, filtered by kind and text.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List entities, optionally of one kind or matching a text.")

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Only entities of this kind (\(EntityKind.knownList)).")
    var kind: EntityKind?

    @Option(
        help: ArgumentHelp("Only entities whose name or an alias contains this text, in any case.", valueName: "text"))
    var match: String?

    @Option(help: "Show at most this many.")
    var limit: Int?

    @Flag(help: "Print the entities as JSON.")
    var json = false

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
        let store = try storeOptions.openForReading()
        let entities = try store.entities(kind: kind, matching: match, limit: limit)
        if json {
            try Terminal.printJSON(entities)
            return
        }
        if entities.isEmpty {
            print("No entities" + (match.map { " match \"\(Terminal.safe($0))\"" } ?? "") + ".")
            return
        }
        var rows = [["ID", "KIND", "NAME", "ALIASES"]]
        for entity in entities {
            rows.append([entity.id.rawValue, entity.kind.rawValue, entity.name, entity.aliases.joined(separator: ", ")])
        }
        print(Terminal.table(rows))
    }
}
