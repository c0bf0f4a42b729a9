import ArgumentParser
import Dossier
import DossierStore

/// `dossier show`: one entity with its aliases, attributes, relations and evidence.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one entity: aliases, attributes, every relation and its evidence.",
        discussion: "NAME is a name, an alias or an id, in any case.")

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The entity's name, alias or id.")
    var name: String

    @Flag(help: "Print the entity and its relations as JSON.")
    var json = false

    func run() throws {
        let store = try storeOptions.openForReading()
        let entity = try store.resolve(name)
        let relations = try store.relations(of: entity.id)
        var names: [EntityID: String] = [entity.id: entity.name]
        for relation in relations {
            for id in [relation.source, relation.target] where names[id] == nil {
                names[id] = try store.entity(id)?.name ?? id.rawValue
            }
        }
        let documents = Dictionary(uniqueKeysWithValues: try store.documents().map { ($0.id, $0) })
        if json {
            try Terminal.printJSON(ShowReport(entity: entity, relations: relations))
            return
        }
        print("\(Terminal.safe(entity.name))  (\(entity.kind.rawValue), \(entity.id.rawValue))")
        if !entity.aliases.isEmpty { print("  also: " + Terminal.safe(entity.aliases.joined(separator: "; "))) }
        for (key, value) in entity.attributes.sorted(by: { $0.key < $1.key }) {
            print("  \(Terminal.safe(key)): \(Terminal.safe(value))")
        }
        print("")
        print(relations.isEmpty ? "No relations." : "\(Terminal.count(relations.count, "relation", "relations")):")
        for relation in relations {
            let role = relation.attributes["role"].map { " (\($0))" } ?? ""
            let other = relation.source == entity.id ? relation.target : relation.source
            let arrow =
                relation.kind.isSymmetric
                ? "─\(relation.kind.rawValue)─ "
                : relation.source == entity.id
                    ? "─\(relation.kind.rawValue)\(role)→ " : "←\(relation.kind.rawValue)\(role)─ "
            var line = "  " + arrow + Terminal.safe(names[other] ?? other.rawValue)
            let extra = relation.attributes.filter { $0.key != "role" }.sorted { $0.key < $1.key }
            if !extra.isEmpty { line += "  [" + extra.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "]" }
            print(line)
            for item in relation.evidence {
                let source = documents[item.document].map { $0.path } ?? item.document.rawValue
                print("      “\(Terminal.safe(Self.shorten(item.sentence)))” — \(Terminal.safe(source))")
            }
        }
    }

    /// A sentence cut to about 200 characters for the terminal.
    static func shorten(_ sentence: String) -> String {
        sentence.count <= 200 ? sentence : String(sentence.prefix(197)) + "…"
    }

    /// The `--json` form of `show`.
    struct ShowReport: Encodable {
        var entity: Entity
        var relations: [Relation]
    }
}
