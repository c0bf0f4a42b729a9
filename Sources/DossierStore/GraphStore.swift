import Dossier
import Foundation
import GRDB

/// A Dossier graph kept in one SQLite file.
///
/// The file holds documents, entities, aliases, relations, sentences and
/// evidence (the README lists the tables). Every build is one transaction;
/// the journal is WAL, so readers see the last committed state while a build
/// runs, and a killed build leaves the store as it was.
public final class GraphStore: Sendable {
    /// How a store is opened.
    public enum Access: Sendable {
        /// For builds: the file is made when missing and brought up to date.
        case readWrite
        /// For queries: the file must exist; nothing is written.
        case readOnly
    }

    /// The path the store was opened at.
    public let path: String
    let database: DatabaseQueue
    let busyTimeout: Double
    /// A private copy read instead of a store in a folder this user cannot write.
    let temporaryCopy: String?

    /// Opens (or, for writing, makes) the store at `path`.
    ///
    /// - Parameter busyTimeout: how long to wait, in seconds, for another
    ///   process that is writing the store.
    /// - Throws: ``StoreError`` when the path is a folder, the file is not a
    ///   Dossier store or comes from a newer version, or cannot be opened.
    public init(path: String, access: Access = .readWrite, busyTimeout: Double = 30) throws(StoreError) {
        self.path = path
        self.busyTimeout = busyTimeout
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        if exists && isFolder.boolValue { throw .isFolder(path: path) }
        if !exists && access == .readOnly { throw .missing(path: path) }
        if exists, let handle = FileHandle(forReadingAtPath: path) {
            let head = handle.readData(ofLength: 16)
            try? handle.close()
            if !head.isEmpty && !head.starts(with: Array("SQLite format 3".utf8)) {
                throw .notADossierStore(path: path)
            }
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.readonly = access == .readOnly
        configuration.foreignKeysEnabled = true
        if access == .readWrite {
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA journal_mode = WAL")
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
        }
        var copy: String?
        var opened: DatabaseQueue
        do {
            opened = try DatabaseQueue(path: path, configuration: configuration)
            if access == .readOnly {
                _ = try opened.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") }
            }
        } catch let error as DatabaseError
            where access == .readOnly && [.SQLITE_READONLY, .SQLITE_CANTOPEN].contains(error.resultCode)
        {
            // A WAL store in a folder this user cannot write: SQLite cannot make
            // its shared-memory file there, so read a private copy instead.
            let temporary = NSTemporaryDirectory() + "dossier-read-\(UUID().uuidString).sqlite"
            guard let bytes = FileManager.default.contents(atPath: path),
                FileManager.default.createFile(atPath: temporary, contents: bytes)
            else {
                throw StoreError.readOnly(
                    path: path, reason: "its folder is read-only and the file cannot be copied to read it")
            }
            do {
                opened = try DatabaseQueue(path: temporary, configuration: configuration)
                copy = temporary
            } catch {
                try? FileManager.default.removeItem(atPath: temporary)
                throw Self.wrap(error, path: path, busyTimeout: busyTimeout)
            }
        } catch {
            throw Self.wrap(error, path: path, busyTimeout: busyTimeout)
        }
        database = opened
        temporaryCopy = copy
        try checkAndMigrate(access: access)
    }

    private func checkAndMigrate(access: Access) throws(StoreError) {
        let migrator = StoreSchema.migrator
        do {
            let (applicationID, tableCount, superseded, applied) = try database.read { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tableCount =
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
                let superseded = try migrator.hasBeenSuperseded(db)
                let applied = try migrator.appliedIdentifiers(db)
                return (applicationID, tableCount, superseded, applied)
            }
            if applicationID != StoreSchema.applicationID && tableCount > 0 {
                throw StoreError.notADossierStore(path: path)
            }
            if superseded {
                let unknown = applied.subtracting(migrator.migrations).sorted()
                throw StoreError.newerSchema(path: path, migrations: unknown)
            }
            if access == .readWrite {
                try migrator.migrate(database)
            } else if !Set(migrator.migrations).subtracting(applied).isSubset(of: StoreSchema.readerOptionalMigrations)
            {
                throw StoreError.readOnly(
                    path: path, reason: "the store needs its schema brought up to date, which a query cannot do")
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.wrap(error, path: path, busyTimeout: busyTimeout)
        }
    }

    deinit {
        if let temporaryCopy {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: temporaryCopy + suffix) }
        }
    }

    /// Turns a GRDB or SQLite error into a ``StoreError`` that names the path.
    static func wrap(_ error: any Error, path: String, busyTimeout: Double) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB: return .notADossierStore(path: path)
            case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path, seconds: busyTimeout)
            case .SQLITE_READONLY: return .readOnly(path: path, reason: "the file or its folder is read-only")
            case .SQLITE_CANTOPEN:
                return .readOnly(path: path, reason: "the file or its folder cannot be opened for writing")
            case .SQLITE_FULL: return .readOnly(path: path, reason: "the disk is full")
            default: return .database(path: path, message: error.message ?? "\(error.resultCode)")
            }
        }
        if let error = error as? GraphError { return .lookup(error) }
        return .database(path: path, message: "\(error)")
    }

    /// Runs `body` in a read transaction, wrapping errors.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try database.read(body)
        } catch {
            throw Self.wrap(error, path: path, busyTimeout: busyTimeout)
        }
    }
}
