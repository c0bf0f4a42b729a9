import Foundation

/// Runs the built `dossier` binary as a user would, and captures what it says.
public struct DossierProcess: Sendable {
    /// What one run printed and how it ended.
    public struct Result: Sendable {
        /// Standard output.
        public var stdout: String
        /// Standard error.
        public var stderr: String
        /// The exit status.
        public var status: Int32
    }

    /// The package's root folder.
    public static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The binary: `$DOSSIER_BINARY`, else the one beside the test bundle,
    /// else `.build/debug/dossier`.
    public static let binary: String = {
        if let path = ProcessInfo.processInfo.environment["DOSSIER_BINARY"] { return path }
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for folder in [besideTests, besideTests.deletingLastPathComponent()] {
            let candidate = folder.appendingPathComponent("dossier").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return packageRoot + "/.build/debug/dossier"
    }()

    /// Runs `dossier` with `arguments` in `folder`, with `environment` added
    /// to a clean one, feeding it `input` on standard input (none when nil).
    public static func run(
        _ arguments: [String], in folder: String? = nil, environment: [String: String] = [:], launcher: [String] = [],
        input: String? = nil
    ) throws -> Result {
        let process = Process()
        if let program = launcher.first {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = Array(launcher.dropFirst()) + [binary] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = arguments
        }
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        var variables = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "LANG": "C.UTF-8"]
        variables.merge(environment) { _, new in new }
        process.environment = variables
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let feed = input.map { _ in Pipe() }
        process.standardInput = feed ?? FileHandle.nullDevice
        try process.run()
        if let feed, let input {
            let handle = feed.fileHandleForWriting
            Thread.detachNewThread {
                handle.write(Data(input.utf8))
                try? handle.close()
            }
        }
        let outputData = ReadAll(handle: output.fileHandleForReading)
        let errorData = ReadAll(handle: errors.fileHandleForReading)
        let out = outputData.wait()
        let err = errorData.wait()
        process.waitUntilExit()
        return Result(
            stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
            status: process.terminationStatus)
    }
}

/// Reads a pipe to its end on another thread, so two pipes never block each other.
final class ReadAll: @unchecked Sendable {
    // Unchecked: `data` is written once by the reading thread before the
    // semaphore is signalled and read only after waiting on it.
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}

extension DossierProcess {
    /// Builds `examples/` into `store.sqlite` inside `folder` and returns the
    /// store's path; fails when the build does.
    public static func buildExamples(in folder: TemporaryFolder) throws -> String {
        let store = folder.file("store.sqlite")
        let result = try run([
            "build", packageRoot + "/examples/nodes.csv", packageRoot + "/examples/edges.csv", "--store", store,
        ])
        guard result.status == 0 else { throw ExampleBuildFailed(message: result.stderr) }
        return store
    }

    /// The example build failed; `message` is what `dossier` said.
    public struct ExampleBuildFailed: Error {
        /// Standard error of the failed build.
        public let message: String

        /// The failure, with what `dossier` said.
        public init(message: String) { self.message = message }
    }
}

extension DossierProcess {
    /// Builds `seeds/` into `seeds.sqlite` inside `folder` and returns the
    /// store's path; fails when the build does.
    public static func buildSeeds(in folder: TemporaryFolder) throws -> String {
        let store = folder.file("seeds.sqlite")
        let result = try run(["build", packageRoot + "/seeds", "--store", store])
        guard result.status == 0 else { throw ExampleBuildFailed(message: result.stderr) }
        return store
    }
}
