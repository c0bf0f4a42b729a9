import Dossier
import Foundation

extension Lexicon {
    /// The lexicon shipped in `Resources/`.
    ///
    /// - Throws: ``ExtractionError/missingResources(_:)`` when the resource
    ///   folder cannot be found beside the program.
    public static func standard() throws(ExtractionError) -> Lexicon {
        let folder = try ResourceLocator.folder()
        var lexicon = Lexicon()
        try lexicon.loadGazetteer { name, fields throws(ExtractionError) in try rows(folder, name, fields: fields) }
        try lexicon.loadCues { name, fields throws(ExtractionError) in try rows(folder, name, fields: fields) }
        try lexicon.loadWords(folder)
        lexicon.indexFirstWords()
        lexicon.fingerprint = fingerprint(of: folder)
        return lexicon
    }

    /// The first twelve hex digits of the SHA-256 of every shipped file's
    /// name and bytes, in name order: two lexicons with one fingerprint
    /// read alike.
    private static func fingerprint(of folder: String) -> String {
        let manager = FileManager.default
        var bytes: [UInt8] = []
        let names = (manager.enumerator(atPath: folder)?.allObjects as? [String] ?? []).sorted()
        for name in names {
            guard let data = manager.contents(atPath: folder + "/" + name) else { continue }
            bytes += Array(name.utf8) + [0] + Array(data)
        }
        return String(DocumentID(contentsOf: bytes).rawValue.prefix(12))
    }

    /// The tab-separated fields of each line of a shipped file, without
    /// comments and blank lines. Shipped files are read as strictly as a
    /// user's: a line with fewer than `fields` fields is an error.
    private static func rows(_ folder: String, _ name: String, fields: Int) throws(ExtractionError) -> [[String]] {
        let path = folder + "/" + name
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .missingResources("cannot read \(path)")
        }
        var rows: [[String]] = []
        for (number, line) in String(decoding: data, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false
        ).enumerated() where !line.hasPrefix("#") && !line.isEmpty {
            let row = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard row.count >= fields, !row[0].isEmpty else {
                throw .invalidLexicon(
                    path: path, line: number + 1,
                    message:
                        "expected at least \(fields) tab-separated field\(fields == 1 ? "" : "s"), the first not empty")
            }
            rows.append(row)
        }
        return rows
    }

    /// The `|`-separated items of a field.
    private static func list(_ field: String?) -> [String] {
        (field ?? "").split(separator: "|").map(String.init).filter { !$0.isEmpty }
    }

    /// Countries, places, cities and organizations.
    private mutating func loadGazetteer(
        _ lines: (String, Int) throws(ExtractionError) -> [[String]]
    ) throws(ExtractionError) {
        let list = Self.list
        for fields in try lines("countries.tsv", 1) {
            let name = fields[0]
            countries.insert(name)
            add(name, .country(name))
            for alias in list(fields.count > 1 ? fields[1] : nil) { add(alias, .country(name)) }
            for demonym in list(fields.count > 2 ? fields[2] : nil) {
                add(demonym, .demonym(name))
                if !demonym.hasSuffix("s") && !demonym.hasSuffix("ese") && !demonym.hasSuffix("sh")
                    && !demonym.hasSuffix("ch")
                {
                    add(demonym + "s", .demonym(name))
                }
            }
        }
        for fields in try lines("places.tsv", 2) {
            add(fields[0], .place(fields[0]))
            if fields.count > 2 && fields[2] != "city" { regions.insert(fields[0]) }
            if fields[1].isEmpty { placesOfNoCountry.insert(fields[0]) } else { countryOfPlace[fields[0]] = fields[1] }
        }
        for fields in try lines("cities.tsv", 2) {
            if fields.count > 2 && fields[2] == "region" { regions.insert(fields[0]) }
            if fields[0].contains(" ") || regions.contains(fields[0]) {
                add(fields[0], .place(fields[0]))
            } else {
                cityWords.insert(fields[0].lowercased())
            }
            if !fields[1].isEmpty { countryOfPlace[fields[0]] = fields[1] }
        }
        for fields in try lines("organizations.tsv", 3) {
            add(fields[0], .organization(fields[0]))
            for alias in list(fields[1]) { add(alias, .organization(fields[0])) }
            if !fields[2].isEmpty { countryOfOrganization[fields[0]] = fields[2] }
            if fields.count > 3 && fields[3] == "international" { internationalOrganizations.insert(fields[0]) }
            if fields.count > 3 && fields[3] == "outlet" { outlets.insert(fields[0]) }
        }
    }

    /// Office titles, organization cues, event triggers, dates, name cues and category nouns.
    private mutating func loadCues(_ lines: (String, Int) throws(ExtractionError) -> [[String]]) throws(ExtractionError)
    {
        for fields in try lines("offices.tsv", 3) {
            add(fields[0], .office(title: fields[1], role: OfficeRole(rawValue: fields[2]) ?? .plain))
        }
        for fields in try lines("organization-cues.tsv", 2) {
            add(fields[0], .organizationCue(pattern: fields[1]))
        }
        for fields in try lines("event-triggers.tsv", 3) {
            guard let kind = EventKind(rawValue: fields[1]) else {
                throw .invalidLexicon(
                    path: "event-triggers.tsv", line: 0, message: "unknown event kind '\(fields[1])' for '\(fields[0])'"
                )
            }
            add(fields[0], .trigger(kind))
            triggerForms[fields[0]] = fields[2]
        }
        for fields in try lines("dates.tsv", 2) {
            if let month = Int(fields[1]) {
                add(fields[0], .month(month))
            } else {
                add(fields[0], .weekday)
            }
        }
        for fields in try lines("name-cues.tsv", 2) {
            nameCues[fields[0]] = EntityKind(rawValue: fields[1])
        }
        for fields in try lines("category-nouns.tsv", 2) {
            let kind: Mention.Kind? =
                switch fields[1] {
                case "person": .person
                case "organization": .organization
                case "place": .place
                default: nil
                }
            categoryNouns[fields[0]] = kind
        }
    }

    /// Honorifics, given names, function words, furniture, common words, the
    /// word lists and the chunk classifier.
    private mutating func loadWords(_ folder: String) throws(ExtractionError) {
        func lines(_ name: String) throws(ExtractionError) -> [[String]] { try Self.rows(folder, name, fields: 1) }
        honorifics = Set(try lines("honorifics.txt").map { $0[0] })
        givenNames = Set(try lines("given-names.txt").map { $0[0] })
        functionWords = Set(try lines("function-words.txt").map { $0[0] })
        furniture = try lines("furniture.txt").map { $0[0] }
        words = try WordLists(folder: folder + "/words")
        if FileManager.default.fileExists(atPath: folder + "/common-words.txt") {
            commonWords = Set(try lines("common-words.txt").map { $0[0] })
        }
        if let data = FileManager.default.contents(atPath: folder + "/chunk-classifier.tsv") {
            classifier = ChunkClassifier(serialized: String(decoding: data, as: UTF8.self))
        }
    }

    /// The lexicon with a user's file added: one entry a line,
    /// `kind<TAB>name<TAB>aliases (|)<TAB>country`, where kind is country,
    /// place, organization, person or office (for an office, the third
    /// field is its canonical title). Lines starting with `#` are comments.
    ///
    /// - Throws: ``ExtractionError/invalidLexicon(path:line:message:)`` naming
    ///   the line that is wrong.
    public func adding(contentsOf text: String, path: String) throws(ExtractionError) -> Lexicon {
        var lexicon = self
        lexicon.fingerprint = String(
            DocumentID(contentsOf: Array((fingerprint + "\u{0}" + text).utf8)).rawValue.prefix(12))
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard fields.count >= 2, !fields[1].isEmpty else {
                throw .invalidLexicon(
                    path: path, line: number + 1,
                    message: "expected kind<TAB>name[<TAB>aliases<TAB>country], found \"\(trimmed)\"")
            }
            let name = fields[1]
            let aliases = fields.count > 2 ? fields[2].split(separator: "|").map(String.init) : []
            let country = fields.count > 3 && !fields[3].isEmpty ? fields[3] : nil
            switch fields[0].lowercased() {
            case "country":
                lexicon.countries.insert(name)
                lexicon.add(name, .country(name))
                for alias in aliases { lexicon.add(alias, .country(name)) }
            case "place":
                lexicon.add(name, .place(name))
                for alias in aliases { lexicon.add(alias, .place(name)) }
                if let country { lexicon.countryOfPlace[name] = country }
            case "organization":
                lexicon.add(name, .organization(name))
                for alias in aliases { lexicon.add(alias, .organization(name)) }
                if let country { lexicon.countryOfOrganization[name] = country }
            case "person":
                lexicon.add(name, .person(name))
                for alias in aliases { lexicon.add(alias, .person(name)) }
            case "office":
                let title = aliases.first ?? name
                lexicon.add(name, .office(title: title, role: .plain))
            default:
                throw .invalidLexicon(
                    path: path, line: number + 1,
                    message: "unknown kind \"\(fields[0])\"; use country, place, organization, person or office")
            }
        }
        lexicon.indexFirstWords()
        return lexicon
    }
}

/// Finds the folder of data files that ships with the program.
enum ResourceLocator {
    static let bundleName = "Dossier_DossierExtraction.resources"

    static func folder() throws(ExtractionError) -> String {
        var candidates: [String] = []
        if let override = ProcessInfo.processInfo.environment["DOSSIER_RESOURCES"] { candidates.append(override) }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        candidates.append(executable.appendingPathComponent(bundleName).path)
        candidates.append(executable.deletingLastPathComponent().appendingPathComponent(bundleName).path)
        if let main = Bundle.main.resourceURL { candidates.append(main.appendingPathComponent(bundleName).path) }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent(bundleName).path)
        for candidate in candidates {
            for folder in [candidate + "/Resources", candidate] {
                if FileManager.default.fileExists(atPath: folder + "/countries.tsv") { return folder }
            }
        }
        throw .missingResources(
            "the lexicon folder \(bundleName) is not beside the program (looked in \(candidates.joined(separator: ", "))). "
                + "Run dossier from its build folder, or set DOSSIER_RESOURCES to the folder that holds countries.tsv")
    }
}
