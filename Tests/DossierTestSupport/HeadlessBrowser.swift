import Foundation

/// Headless Chromium, run as a program: opens a page, lets its scripts run
/// and hands back the DOM they left, with what the browser logged.
public struct HeadlessBrowser: Sendable {
    /// The browser program.
    public let program: String

    /// What the browser left.
    public struct Page: Sendable {
        /// The serialized DOM after the scripts ran.
        public let dom: String
        /// The browser's log, with the page's console lines (`CONSOLE`).
        public let log: String
    }

    /// The first Chromium on `PATH`, or nil (`make setup` installs Debian's).
    public static func find() -> HeadlessBrowser? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in path.split(separator: ":") {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) {
                    return HeadlessBrowser(program: candidate)
                }
            }
        }
        return nil
    }

    /// Opens `file` (with `fragment` after `#`, if any) and returns the DOM
    /// once the page's scripts have run.
    public func open(_ file: String, fragment: String? = nil, in profile: String) throws -> Page {
        var address = URL(fileURLWithPath: file).absoluteString
        if let fragment {
            address += "#" + (fragment.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed) ?? fragment)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--user-data-dir=\(profile)", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000",
            "--dump-dom", address,
        ]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes while the browser runs, so neither fills up.
        let log = LockedData()
        let reader = Thread { log.set(errors.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let dom = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !log.isSet { usleep(10_000) }
        return Page(dom: String(decoding: dom, as: UTF8.self), log: String(decoding: log.data, as: UTF8.self))
    }
}

/// Data written by one thread and read by another.
private final class LockedData: @unchecked Sendable {
    // Unchecked: every access holds `lock`.
    private let lock = NSLock()
    private var stored: Data?

    func set(_ data: Data) {
        lock.lock()
        stored = data
        lock.unlock()
    }

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stored != nil
    }

    var data: Data {
        lock.lock()
        defer { lock.unlock() }
        return stored ?? Data()
    }
}
