import Foundation
import Testing

@testable import DossierExtraction

/// The shape the text builder keeps (docs/text-builder.md): small files,
/// short functions, rules that read word lists from data, and data rows
/// that some rule reads.
@Suite struct StructureTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/DossierExtraction").standardized

    /// Every Swift file of the target with its lines, by path inside the target.
    static let files: [(path: String, lines: [Substring])] = {
        let root = sources.path
        let paths = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String]) ?? []
        return paths.filter { $0.hasSuffix(".swift") }.sorted().compactMap { path in
            guard let text = try? String(contentsOfFile: root + "/" + path, encoding: .utf8) else { return nil }
            return (path, text.split(separator: "\n", omittingEmptySubsequences: false))
        }
    }()

    @Test func `no file in DossierExtraction is over 250 lines`() {
        #expect(Self.files.count > 40)
        for file in Self.files {
            #expect(file.lines.count - 1 <= 250, "\(file.path) has \(file.lines.count - 1) lines")
        }
    }

    @Test func `no function in DossierExtraction is over 60 lines`() {
        var measured = 0
        for file in Self.files {
            for (name, length) in Self.functionLengths(file.lines) {
                measured += 1
                #expect(length <= 60, "\(file.path): \(name) is \(length) lines")
            }
        }
        #expect(measured > 150)
    }

    @Test func `rule folders hold no word-list literals`() {
        let ruleFolders = ["Mentions/", "Resolution/", "Units/", "Offices/", "Relations/", "Events/"]
        for file in Self.files where ruleFolders.contains(where: file.path.hasPrefix) {
            for (number, line) in file.lines.enumerated() where line.contains("Set<String> = [\"") {
                Issue.record("\(file.path):\(number + 1) defines a word list in code; put it in Resources/words/")
            }
        }
    }

    @Test func `every word-list file is loaded and none is empty`() throws {
        let folder = try ResourceLocator.folder() + "/words"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }
        let known = Set(WordLists.files.map { $0.name + ".txt" } + ["member-leads.txt"])
        #expect(Set(names) == known)
        for (name, list) in WordLists.files {
            let rows = try WordLists.entries(folder + "/" + name + ".txt")
            #expect(!rows.isEmpty, "\(name) is empty")
            #expect(sharedLexicon.words[keyPath: list] == Set(rows), "\(name) is not read whole")
        }
        #expect(sharedLexicon.words.memberLeads.count == (try WordLists.entries(folder + "/member-leads.txt")).count)
    }

    @Test func `every trigger row is read as a trigger of its kind, with a form some rule knows`() throws {
        let path = try ResourceLocator.folder() + "/event-triggers.tsv"
        let rows = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t").map(String.init) }
        #expect(rows.count > 60)
        for row in rows {
            let kind = try #require(Lexicon.EventKind(rawValue: row[1]), "\(row)")
            let senses = sharedLexicon.senses(of: row[0])
            #expect(
                senses.contains { if case .trigger(kind) = $0 { true } else { false } },
                "'\(row[0])' is not read as a \(row[1]) trigger")
            #expect(sharedLexicon.triggerForms[row[0]] == row[2])
        }
    }

    @Test func `a word list with a stray tab is an error that names the file and line`() throws {
        let folder = NSTemporaryDirectory() + "dossier-words-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "# header\nfine\nbad\tword\n".write(toFile: folder + "/x.txt", atomically: true, encoding: .utf8)
        #expect(throws: ExtractionError.self) { try WordLists.entries(folder + "/x.txt") }
        do {
            _ = try WordLists.entries(folder + "/x.txt")
        } catch {
            #expect("\(error)".contains("x.txt"))
            #expect("\(error)".contains("3"))
        }
    }

    /// Each function's (or initializer's, or name rule's) first line and
    /// length, by matching braces from its declaration.
    static func functionLengths(_ lines: [Substring]) -> [(String, Int)] {
        var lengths: [(String, Int)] = []
        for (start, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == " " }
            let words = trimmed.split(separator: " ")
            let modifiers: Set<Substring> = ["private", "fileprivate", "static", "mutating", "public", "internal"]
            let declaration = words.drop { modifiers.contains($0) }.first
            let isFunction = declaration == "func" || declaration.map { $0.hasPrefix("init(") } == true
            let isRule = trimmed.hasPrefix("static let") && trimmed.contains("= NameRule(")
            guard isFunction || isRule else { continue }
            var depth = 0
            var opened = false
            var end = start
            while end < lines.count {
                for character in lines[end] {
                    if character == "{" {
                        depth += 1
                        opened = true
                    } else if character == "}" {
                        depth -= 1
                    }
                }
                if opened && depth <= 0 { break }
                end += 1
            }
            if opened { lengths.append((String(trimmed.prefix(60)), end - start + 1)) }
        }
        return lengths
    }
}
