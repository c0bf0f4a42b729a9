import Dossier

extension DocumentAnalyzer {
    /// Event kinds whose parties, officials of two countries, show the
    /// countries dealing with each other.
    static let tieKinds: Set<Lexicon.EventKind> = [.meeting, .talks, .agreement]

    /// "Kenyan Foreign Minister X met Ugandan Foreign Minister Y": the two
    /// countries have relations (`basis: context`, read from the offices
    /// rather than said), and holders of one title for two countries are
    /// counterparts. Countries that sign with each other have relations too.
    func findDiplomaticTies(_ events: [EventRecord], book: OfficeBook, facts: inout DocumentFacts) {
        for event in events where Self.tieKinds.contains(event.kind) {
            guard let sentence = event.sentences.first else { continue }
            var parties: [(country: String, title: String?, person: EntityKey?)] = []
            for participant in event.participants {
                switch participant.entity.kind {
                case .country:
                    parties.append((participant.entity.name, nil, nil))
                case .person:
                    guard let office = book.plainOffice(of: participant.entity), let entry = book.offices[office],
                        case .country(let country) = entry.office.qualifier
                    else { continue }
                    parties.append((country, entry.office.title.lowercased(), participant.entity))
                default:
                    continue
                }
            }
            for (index, first) in parties.enumerated() {
                for second in parties[(index + 1)...] where second.country != first.country {
                    facts.add(
                        FactRecord(
                            kind: .relationsWith, source: .entity(EntityKey(kind: .country, name: first.country)),
                            target: .entity(EntityKey(kind: .country, name: second.country)),
                            attributes: ["basis": "context"], sentence: sentence))
                    if let title = first.title, title == second.title, let one = first.person,
                        let other = second.person
                    {
                        facts.add(
                            FactRecord(
                                kind: .counterpartOf, source: .entity(one), target: .entity(other),
                                attributes: ["basis": "context"], sentence: sentence))
                    }
                }
            }
        }
    }
}
