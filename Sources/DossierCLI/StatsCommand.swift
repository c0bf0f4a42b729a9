import ArgumentParser
import Dossier
import DossierStore

/// `dossier stats`: counts by kind, documents and store size.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count entities and relations by kind, documents and evidence, and the store's size.")

    @OptionGroup var storeOptions: StoreOptions

    @Flag(help: "Print the counts as JSON.")
    var json = false

    func run() throws {
        let store = try storeOptions.openForReading()
        let statistics = try store.statistics()
        if json {
            try Terminal.printJSON(statistics)
            return
        }
        let entityTotal = statistics.entities.values.reduce(0, +)
        let relationTotal = statistics.relations.values.reduce(0, +)
        print("Store \(Terminal.safe(store.path)): \(Self.size(statistics.bytes))")
        print(
            "\(Terminal.count(statistics.documents, "document", "documents")), "
                + "\(Terminal.count(statistics.evidence, "evidence link", "evidence links"))")
        print("")
        var rows = [["ENTITIES", "\(entityTotal)"]]
        for kind in EntityKind.allCases {
            rows.append(["  " + kind.rawValue, "\(statistics.entities[kind.rawValue] ?? 0)"])
        }
        rows.append(["RELATIONS", "\(relationTotal)"])
        for (kind, count) in statistics.relations.sorted(by: { $0.key < $1.key }) {
            rows.append(["  " + kind, "\(count)"])
        }
        print(Terminal.table(rows))
    }

    /// Bytes as a short readable size.
    static func size(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1024 * 1024 { return "\(bytes / 1024) KB" }
        let megabytes = Double(bytes) / 1_048_576
        return megabytes < 1024 ? "\((megabytes * 10).rounded() / 10) MB" : "\((megabytes / 102.4).rounded() / 10) GB"
    }
}
