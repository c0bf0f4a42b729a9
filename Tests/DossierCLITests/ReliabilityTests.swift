import DossierTestSupport
import Foundation
import Testing

/// Writes a generated CSV pair of `count` entities in a chain with extra links.
func writeGeneratedPair(in folder: TemporaryFolder, name: String, count: Int, prefix: String = "e") -> [String] {
    var nodes = "id,kind,name\n"
    var edges = "source,target,kind\n"
    for index in 0..<count {
        nodes += "person/\(prefix)\(index),person,Person \(prefix) \(index)\n"
        if index > 0 { edges += "person/\(prefix)\(index),person/\(prefix)\(index - 1),associateOf\n" }
        if index > 2 { edges += "person/\(prefix)\(index),person/\(prefix)\(index / 3),advises\n" }
    }
    return [folder.write("\(name)/nodes.csv", nodes), folder.write("\(name)/edges.csv", edges)]
}

func counts(_ store: String) throws -> (entities: Int, relations: Int) {
    let result = try DossierProcess.run(["stats", "--json", "--store", store])
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
    let entities = (object["entities"] as? [String: Int] ?? [:]).values.reduce(0, +)
    let relations = (object["relations"] as? [String: Int] ?? [:]).values.reduce(0, +)
    return (entities, relations)
}

func integrity(_ store: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = [store, "PRAGMA integrity_check;"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}

@Suite(.serialized) struct ReliabilityTests {
    let folder = TemporaryFolder()

    @Test func `a build killed at any moment leaves the store as it was or complete`() throws {
        let store = try DossierProcess.buildExamples(in: folder)
        let before = try counts(store)
        let files = writeGeneratedPair(in: folder, name: "big", count: 6_000)
        let reference = folder.file("reference.sqlite")
        let started = Date()
        _ = try DossierProcess.run(["build"] + files + ["--store", reference])
        let full = Date().timeIntervalSince(started)
        let after = try counts(reference)
        var outcomes: [String] = []
        for point in 0..<20 {
            let copy = folder.file("killed-\(point).sqlite")
            try FileManager.default.copyItem(atPath: store, toPath: copy)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: DossierProcess.binary)
            process.arguments = ["build"] + files + ["--store", copy]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: full * Double(point) / 19 * 1.05)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(try integrity(copy) == "ok", "kill point \(point)")
            let now = try counts(copy)
            let whole =
                now.entities == after.entities + before.entities && now.relations == after.relations + before.relations
            #expect(now == before || whole, "kill point \(point): \(now)")
            outcomes.append(now == before ? "before" : "after")
        }
        #expect(outcomes.contains("before"))
    }

    @Test func `two writers at once both succeed and equal running them in turn`() throws {
        let first = writeGeneratedPair(in: folder, name: "a", count: 3_000, prefix: "a")
        let second = writeGeneratedPair(in: folder, name: "b", count: 3_000, prefix: "b")
        let shared = folder.file("shared.sqlite")
        _ = try DossierProcess.run([
            "build", DossierProcess.packageRoot + "/examples/nodes.csv",
            DossierProcess.packageRoot + "/examples/edges.csv", "--store", shared,
        ])
        var processes: [Process] = []
        for files in [first, second] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: DossierProcess.binary)
            process.arguments = ["build"] + files + ["--store", shared]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            processes.append(process)
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let sequential = folder.file("sequential.sqlite")
        _ = try DossierProcess.run([
            "build", DossierProcess.packageRoot + "/examples/nodes.csv",
            DossierProcess.packageRoot + "/examples/edges.csv", "--store", sequential,
        ])
        _ = try DossierProcess.run(["build"] + first + ["--store", sequential])
        _ = try DossierProcess.run(["build"] + second + ["--store", sequential])
        let together = try DossierProcess.run(["export", "--store", shared]).stdout
        let inTurn = try DossierProcess.run(["export", "--store", sequential]).stdout
        #expect(together == inTurn)
    }

    @Test func `queries answer from the last committed state while a build runs`() throws {
        let store = try DossierProcess.buildExamples(in: folder)
        let before = try counts(store)
        let files = writeGeneratedPair(in: folder, name: "long", count: 8_000)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: DossierProcess.binary)
        process.arguments = ["build"] + files + ["--store", store]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var answers = 0
        while process.isRunning && answers < 20 {
            let result = try DossierProcess.run(["show", "Imran Khan", "--store", store])
            #expect(result.status == 0, "\(result.stderr)")
            answers += 1
        }
        process.waitUntilExit()
        #expect(answers >= 1)
        #expect(try counts(store).entities > before.entities)
    }

    /// Runs `dossier` as the unprivileged user `nobody`, for whom file
    /// permissions hold (they do not for root).
    func asNobody(_ arguments: [String]) throws -> DossierProcess.Result {
        try DossierProcess.run(
            arguments, launcher: ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"])
    }

    @Test func `a read-only store refuses builds clearly and still answers queries`() throws {
        try #require(getuid() == 0, "needs root to switch to the unprivileged user")
        let shared = folder.file("ro")
        try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: true)
        let store = shared + "/store.sqlite"
        _ = try DossierProcess.run([
            "build", DossierProcess.packageRoot + "/examples/nodes.csv",
            DossierProcess.packageRoot + "/examples/edges.csv", "--store", store,
        ])
        for path in [folder.path, shared, store] {
            try FileManager.default.setAttributes(
                [.posixPermissions: path == store ? 0o644 : 0o755], ofItemAtPath: path)
        }
        let more = folder.write("more.csv", "id,kind,name\nperson/x,person,X\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: more)
        let build = try asNobody(["build", more, "--store", store])
        #expect(build.status == 1)
        #expect(build.stderr.hasPrefix("Error: \(store) cannot be written ("), "\(build.stderr)")
        #expect(build.stderr.contains("Queries still work"))
        let show = try asNobody(["show", "Imran Khan", "--store", store])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.hasPrefix("Imran Khan  (person, person/imran-khan)"))
        let export = try asNobody(["export", "--store", store, "-o", shared + "/graph.json"])
        #expect(export.status == 1)
        #expect(export.stderr.contains("is not writable"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: shared).filter {
            !$0.hasPrefix("store.sqlite")
        }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func `a path search on a dense graph stops at its limit and says so`() throws {
        var nodes = "id,kind,name\n"
        var edges = "source,target,kind\n"
        let size = 120
        for index in 0..<size { nodes += "person/k\(index),person,K \(index)\n" }
        for left in 0..<size {
            for right in (left + 1)..<size { edges += "person/k\(left),person/k\(right),associateOf\n" }
        }
        let store = folder.file("dense.sqlite")
        let build = try DossierProcess.run([
            "build", folder.write("dense/nodes.csv", nodes), folder.write("dense/edges.csv", edges), "--store", store,
        ])
        try #require(build.status == 0, "\(build.stderr)")
        let started = Date()
        let result = try DossierProcess.run(["path", "K 0", "K 1", "--max-length", "6", "--store", store])
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(result.status == 0)
        #expect(result.stdout.contains("… stopped at the limit (100 paths"))
        let deep = try DossierProcess.run(["neighbours", "K 0", "--depth", "1000000", "--json", "--store", store])
        #expect(deep.status == 0)
    }

    @Test func `hostile names come out inert in every output`() throws {
        let store = folder.file("hostile.sqlite")
        let names = [
            "<script>alert(1)</script>", "\"]; evil [label=\"x", "Robert'); DROP TABLE entities;--",
            "\u{1B}[2J\u{1B}[31mred",
        ]
        var nodes = "id,kind,name\n"
        for (index, name) in names.enumerated() {
            nodes += "person/h\(index),person,\"\(name.replacingOccurrences(of: "\"", with: "\"\""))\"\n"
        }
        let edges = "source,target,kind\nperson/h0,person/h1,associateOf\nperson/h2,person/h3,associateOf\n"
        let build = try DossierProcess.run([
            "build", folder.write("h/nodes.csv", nodes), folder.write("h/edges.csv", edges), "--store", store,
        ])
        try #require(build.status == 0, "\(build.stderr)")
        let svg = try DossierProcess.run(["render", "--store", store]).stdout
        #expect(!svg.contains("<script"))
        #expect(svg.contains("&lt;script&gt;"))
        let entities = try DossierProcess.run(["entities", "--store", store]).stdout
        #expect(!entities.contains("\u{1B}"))
        let cypher = try DossierProcess.run(["export", "--format", "cypher", "--store", store]).stdout
        #expect(cypher.contains("'Robert\\'); DROP TABLE entities;--'"))
        #expect(try DossierProcess.run(["stats", "--store", store]).status == 0)
    }
}
