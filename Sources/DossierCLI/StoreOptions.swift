import ArgumentParser
import DossierStore
import Foundation

/// The `--store` option that every command takes.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The store file (default: $DOSSIER_STORE, else dossier.sqlite in the working directory).",
            valueName: "path"))
    var store: String?

    /// The store path: the option, the environment variable, or the default.
    var path: String {
        if let store, !store.isEmpty { return store }
        if let variable = ProcessInfo.processInfo.environment["DOSSIER_STORE"], !variable.isEmpty { return variable }
        return "dossier.sqlite"
    }

    /// Seconds to wait for another process writing the store.
    var busyTimeout: Double {
        ProcessInfo.processInfo.environment["DOSSIER_BUSY_TIMEOUT"].flatMap(Double.init) ?? 30
    }

    /// Opens the store for reading; it must exist.
    func openForReading() throws -> GraphStore {
        try GraphStore(path: path, access: .readOnly, busyTimeout: busyTimeout)
    }
}
