import Dossier
import Foundation

/// Attributes are kept in the store as a JSON object of strings, so that
/// `sqlite3` and Datasette users can read them with `json_extract`.
enum AttributeCoding {
    /// The JSON text of `attributes`, keys sorted.
    static func encode(_ attributes: [String: String]) -> String {
        if attributes.isEmpty { return "{}" }
        var out = "{"
        for (index, key) in attributes.keys.sorted().enumerated() {
            if index > 0 { out += "," }
            out += JSONText.quote(key) + ":" + JSONText.quote(attributes[key]!)
        }
        return out + "}"
    }

    /// The attributes in a JSON text; `{}` and anything unreadable give none.
    static func decode(_ text: String) -> [String: String] {
        if text == "{}" { return [:] }
        return (try? JSONDecoder().decode([String: String].self, from: Data(text.utf8))) ?? [:]
    }
}
