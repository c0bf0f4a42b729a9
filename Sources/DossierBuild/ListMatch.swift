public import Dossier

/// An entity the articles name, joined with the entry of a list read in the
/// same build (a FollowTheMoney file such as a sanctions or PEP list)
/// because the two have the same name and agree on one thing more.
///
/// The article's entity keeps its id, name and evidence; it gains the
/// entry's names as aliases, its attributes (`ftmId` among them) and its
/// relations, and a `listMatch` attribute that says why.
public struct ListMatch: Hashable, Codable, Sendable {
    /// The joined entity: the article's id.
    public var entity: EntityID
    /// The name the articles give it.
    public var name: String
    /// The name the list gives it.
    public var listName: String
    /// The entry's FtM id.
    public var listID: String
    /// Why the two were joined, such as "same name, country Russia".
    public var reason: String

    /// A one-line description for messages.
    public var summary: String { "\(name) = \(listName) (FtM \(listID)): \(reason)" }
}
