import Dossier
import DossierFormats

/// Joins the people and organizations of a build's articles with the
/// entries of the lists read with them, conservatively: the same name
/// (compared with accents, case, punctuation and word order folded; one-word
/// names never match), and one more agreeing fact — a country (citizenship,
/// location or an office's country) or a birth date — and neither side with
/// a second candidate. Birth dates that differ forbid a join; a `different`
/// correction naming both forbids it too.
///
/// A list entry with an article entity's exact name that does not agree
/// otherwise gets an id of its own (`person/john-smith-q123`), so that two
/// people who share a name stay two. A `different` pair may name the entry
/// by its FtM id (`["John Smith", "Q123"]`).
struct ListMatcher {
    /// Name pairs that `different` corrections keep apart.
    let keepApart: [(String, String)]

    /// What the joins were, and what the user should hear about the ones
    /// not made.
    struct Outcome {
        var matches: [ListMatch] = []
        var notes: [String] = []
    }

    /// Re-keys the list entries in `list` that join an entity of
    /// `articles`, so that merging the two drafts joins them.
    func join(list: inout BuildSource, articles: GraphDraft) -> Outcome {
        let entries = list.draft.entities.values.filter {
            $0.attributes["ftmId"] != nil && ($0.kind == .person || $0.kind == .organization)
        }
        guard !entries.isEmpty else { return Outcome() }
        var index: [String: [EntityID]] = [:]
        for entry in entries {
            for key in Set(Self.forms(of: entry).compactMap(Self.matchKey)) { index[key, default: []].append(entry.id) }
        }
        let listFacts = EntityFacts(draft: list.draft)
        let articleFacts = EntityFacts(draft: articles)
        var outcome = Outcome()
        var proposals: [EntityID: [(article: Entity, reason: String)]] = [:]
        var unagreed = 0
        for article in articles.sortedEntities where article.kind == .person || article.kind == .organization {
            let keys = Set(Self.forms(of: article).compactMap(Self.matchKey))
            let candidates = Set(keys.flatMap { index[$0] ?? [] }).sorted().compactMap { list.draft.entities[$0] }
                .filter { $0.kind == article.kind && !isKeptApart(article, $0) }
            let agreeing = candidates.compactMap { entry in
                Self.agreement(articleFacts.facts(of: article), listFacts.facts(of: entry)).map { (entry, $0) }
            }
            if agreeing.count > 1 {
                let names = agreeing.map { "\($0.0.name) (FtM \(Self.ftmID(of: $0.0)))" }
                outcome.notes.append(
                    "\(article.name) matches \(agreeing.count) list entries, \(names.joined(separator: ", ")); "
                        + "none joined: add a \"same\" pair to a facts file to join one")
            } else if let (entry, reason) = agreeing.first {
                proposals[entry.id, default: []].append((article, reason))
            } else if candidates.contains(where: { $0.id != article.id }) {
                unagreed += 1
            }
        }
        var replacements: [EntityID: Entity] = [:]
        for (entryID, claims) in proposals.sorted(by: { $0.key < $1.key }) {
            let entry = list.draft.entities[entryID]!
            guard claims.count == 1, let (article, reason) = claims.first else {
                outcome.notes.append(
                    "\(entry.name) (FtM \(Self.ftmID(of: entry))) matches "
                        + "\(claims.map(\.article.name).joined(separator: " and ")) in the articles; none joined")
                continue
            }
            var attributes = entry.attributes
            attributes["listMatch"] = "FtM \(Self.ftmID(of: entry)): \(reason)"
            replacements[entryID] = Entity(
                id: article.id, kind: article.kind, name: article.name, aliases: entry.aliases + [entry.name],
                attributes: attributes)
            outcome.matches.append(
                ListMatch(
                    entity: article.id, name: article.name, listName: entry.name,
                    listID: entry.attributes["ftmId"] ?? "", reason: reason))
        }
        // An entry that has an article entity's id but was not joined is kept apart under an id of its own.
        for entry in entries where articles.entities[entry.id] != nil && replacements[entry.id] == nil {
            let own = Entity(
                kind: entry.kind, name: entry.name + " " + (entry.attributes["ftmId"] ?? "list"))
            replacements[entry.id] = Entity(
                id: own.id, kind: entry.kind, name: entry.name, aliases: entry.aliases, attributes: entry.attributes)
            outcome.notes.append(
                "\(entry.name) (FtM \(Self.ftmID(of: entry))) has the name of an entity in the articles "
                    + "but nothing else agrees; kept apart as \(own.id)")
        }
        if unagreed > 0 {
            outcome.notes.append(
                "\(unagreed) \(unagreed == 1 ? "name in the articles is" : "names in the articles are") "
                    + "also on a list but \(unagreed == 1 ? "agrees" : "agree") on no country or birth date; not joined"
            )
        }
        let moved = list.draft.replaceEntities(replacements)
        for (old, new) in moved {
            guard let origin = list.origins.removeValue(forKey: old) else { continue }
            if let new { list.origins[new] = origin }
        }
        return outcome
    }

    /// A list entry's FtM id, for messages.
    static func ftmID(of entry: Entity) -> String { entry.attributes["ftmId"] ?? "?" }

    /// The names an entity is known by, less the weak aliases of a list entry.
    static func forms(of entity: Entity) -> [String] {
        let weak = Set((entity.attributes["weakAlias"] ?? "").split(separator: "; ").map(String.init))
        return [entity.name] + entity.aliases.filter { !weak.contains($0) }
    }

    /// A name folded for comparison — its words' slugs, sorted — or nil for
    /// a one-word name.
    static func matchKey(_ name: String) -> String? {
        let words = EntityID.slug(name).split(separator: "-").sorted()
        return words.count >= 2 ? words.joined(separator: " ") : nil
    }

    private func isKeptApart(_ article: Entity, _ entry: Entity) -> Bool {
        guard !keepApart.isEmpty else { return false }
        let articleKeys = Set(Self.forms(of: article).map { EntityID.slug($0) })
        // A list entry can be named by its FtM id too: one that has the article's very name has no other.
        let entryKeys = Set((Self.forms(of: entry) + [entry.attributes["ftmId"] ?? ""]).map { EntityID.slug($0) })
        return keepApart.contains { pair in
            let (first, second) = (EntityID.slug(pair.0), EntityID.slug(pair.1))
            return (articleKeys.contains(first) && entryKeys.contains(second))
                || (articleKeys.contains(second) && entryKeys.contains(first))
        }
    }

    /// Why two descriptions are one, or nil when they agree on nothing or
    /// their birth dates differ.
    static func agreement(_ article: EntityFacts.Facts, _ entry: EntityFacts.Facts) -> String? {
        if let born = article.birthDate, let listed = entry.birthDate {
            let length = min(born.count, listed.count)
            guard born.prefix(length) == listed.prefix(length) else { return nil }
            return "same name, born \(born.count >= listed.count ? born : listed)"
        }
        let shared = article.countries.intersection(entry.countries).sorted()
        guard let country = shared.first else { return nil }
        return "same name, country \(country)"
    }
}
