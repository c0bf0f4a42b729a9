import ArgumentParser
import Dossier
import DossierStore

/// `dossier timeline`: the events an entity took part in, by date.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "List the events an entity took part in (or that were held in a place), by date, undated last.")

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The entity's name, alias or id.")
    var name: String

    @Flag(help: "Print the timeline as JSON.")
    var json = false

    func run() throws {
        let store = try storeOptions.openForReading()
        let entity = try store.resolve(name)
        let entries = try store.timelineGraph(of: entity.id).timeline(of: entity.id)
        if json {
            try Terminal.printJSON(
                entries.map {
                    Entry(
                        event: $0.event.id, name: $0.event.name, type: $0.type, date: $0.date, roles: $0.roles,
                        reportedBy: $0.attribution.reportedBy.map(\.id), deniedBy: $0.attribution.deniedBy.map(\.id),
                        confirmedBy: $0.attribution.confirmedBy.map(\.id))
                })
            return
        }
        guard !entries.isEmpty else {
            print("\(Terminal.safe(entity.name)) takes part in no recorded event.")
            return
        }
        print("\(Terminal.safe(entity.name)): \(Terminal.count(entries.count, "event", "events"))")
        var rows = [["DATE", "TYPE", "EVENT", "ROLE", "CLAIMS"]]
        for entry in entries {
            rows.append([
                entry.date ?? "undated", entry.type ?? "", entry.event.name, entry.roles.joined(separator: ", "),
                Describe.claims(entry.attribution) ?? "",
            ])
        }
        print(Terminal.table(rows))
    }

    /// The `--json` form of one timeline entry.
    struct Entry: Encodable {
        var event: EntityID
        var name: String
        var type: String?
        var date: String?
        var roles: [String]
        var reportedBy: [EntityID]
        var deniedBy: [EntityID]
        var confirmedBy: [EntityID]
    }
}
