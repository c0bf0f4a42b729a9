import GRDB
import GRDBSQLite

/// A prepared statement run many times with integers and short texts
/// bound straight to SQLite, for the millions of rows of a bulk load,
/// where building GRDB's arguments for every row costs more than the
/// insert itself.
struct BoundStatement {
    let statement: Statement
    let db: Database

    init(_ db: Database, sql: String) throws {
        self.db = db
        self.statement = try db.makeStatement(sql: sql)
    }

    /// Binds an integer to the parameter at `place` (from 1).
    func bind(_ value: Int64, at place: Int32) {
        sqlite3_bind_int64(statement.sqliteStatement, place, value)
    }

    /// Binds a text, copied by SQLite, to the parameter at `place` (from 1).
    func bind(_ value: String, at place: Int32) {
        var value = value
        value.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) {
                _ = sqlite3_bind_text(
                    statement.sqliteStatement, place, $0.baseAddress, Int32($0.count),
                    unsafeBitCast(-1, to: sqlite3_destructor_type.self))
            }
        }
    }

    /// Runs the statement with what is bound, and makes it ready to run again.
    /// - Throws: `DatabaseError` with SQLite's message.
    func run() throws {
        let raw = statement.sqliteStatement
        let code = sqlite3_step(raw)
        sqlite3_reset(raw)
        guard code == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code),
                message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
        }
    }
}
