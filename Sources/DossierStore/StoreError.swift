public import Dossier

/// What can go wrong opening, writing or reading a Dossier store.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The store path names a folder.
    case isFolder(path: String)
    /// The file exists but is not a Dossier store (not SQLite, or another
    /// program's database).
    case notADossierStore(path: String)
    /// The store was written by a newer Dossier; `migrations` are the schema
    /// steps it holds that this version does not know.
    case newerSchema(path: String, migrations: [String])
    /// A relation names an entity that neither the build nor the store holds.
    case danglingRelation(relation: String, missing: EntityID, origin: String?)
    /// Another process held the store for longer than the busy timeout.
    case busy(path: String, seconds: Double)
    /// The store cannot be written (read-only file, folder or disk).
    case readOnly(path: String, reason: String)
    /// No store file exists where a command that only reads expected one.
    case missing(path: String)
    /// A name look-up failed: no match, or several.
    case lookup(GraphError)
    /// SQLite failed in another way; `message` is its own text.
    case database(path: String, message: String)

    /// A message for the user: what failed and how to go on.
    public var description: String {
        switch self {
        case .isFolder(let path):
            return
                "\(path) is a folder, not a store file. Give a file path with --store, for example \(path)/dossier.sqlite."
        case .notADossierStore(let path):
            return "\(path) is not a Dossier store (it is not a database that Dossier wrote). "
                + "Choose another path with --store or DOSSIER_STORE; Dossier will not overwrite it."
        case .newerSchema(let path, let migrations):
            return
                "\(path) was written by a newer version of Dossier (schema steps: \(migrations.joined(separator: ", "))). "
                + "Upgrade Dossier to read it; this version leaves it untouched."
        case .danglingRelation(let relation, let missing, let origin):
            let place = origin.map { "\($0): " } ?? ""
            return
                "\(place)the relation \(relation) names \(missing.rawValue), which is neither in this build nor in the store. "
                + "Declare the entity in the same build, or correct the id. Nothing was written."
        case .busy(let path, let seconds):
            return "\(path) is busy: another Dossier process has held it for \(Int(seconds)) seconds. "
                + "Wait for it to finish, or raise DOSSIER_BUSY_TIMEOUT (seconds)."
        case .readOnly(let path, let reason):
            return "\(path) cannot be written (\(reason)). Queries still work; build into a writable copy, "
                + "or choose another store with --store."
        case .missing(let path):
            return
                "no store at \(path). Build one first with `dossier build FILE...`, or name it with --store or DOSSIER_STORE."
        case .lookup(let error):
            return error.description
        case .database(let path, let message):
            return "\(path): the database failed: \(message)"
        }
    }
}
