import Dossier

extension DocumentAnalyzer {

    /// The country an article is about: the dateline city's when the
    /// article names at least three of its places and fewer of any other
    /// country's; else the only one it names, or one it
    /// names at least twice and twice as often as any other (demonyms and
    /// bodies named after it included), or the one named most when the dateline's city is in it
    /// ("SANTIAGO — Chile's … Venezuelan soldiers … Chilean journalists").
    /// Between countries named equally often, the one whose places the
    /// article names most, at least twice, more than any other's ("WARSAW —
    /// Polish farmers … in Warsaw … Ukrainian grain … Ukraine's ambassador …
    /// police in Lublin"); `nil` when no country stands out so.
    func mainCountry(_ units: [[Unit]]) -> String? {
        var counts: [String: (count: Int, first: Int)] = [:]
        var places: [String: Int] = [:]
        var order = 0
        for sentence in units {
            for unit in sentence {
                guard case .entity(let key, _) = unit.kind else { continue }
                if key.kind == .place, let country = lexicon.countryOfPlace[key.name] {
                    places[country, default: 0] += 1
                }
                // "the Indonesian Democratic Party of Struggle": a national body names its country as a demonym would.
                let named =
                    key.kind == .country
                    ? key.name
                    : key.kind == .organization && lexicon.isNationalBody(key.name)
                        ? lexicon.country(opening: key.name) : nil
                guard let named else { continue }
                counts[named, default: (0, order)].count += 1
                order += 1
            }
        }
        // "ISLAMABAD — Pakistan closed … Afghanistan … Afghan territory … Peshawar … Rawalpindi … Interior
        // Minister Farah Qureshi": a story filed from a country and set in its places gives bare titles to its
        // officials, however often it names a neighbour, and even when its name
        // is only inside a body's ("Royal Canadian Mounted Police").
        let home = datelineCountry(units)
        if let home, let homePlaces = places[home], homePlaces >= 3,
            places.allSatisfy({ $0.key == home || $0.value < homePlaces })
        {
            return home
        }
        let ranked = counts.sorted { ($0.value.count, -$0.value.first) > ($1.value.count, -$1.value.first) }
        guard let best = ranked.first else { return nil }
        if ranked.count == 1 { return best.key }
        if best.value.count >= 2 && best.value.count >= 2 * ranked[1].value.count { return best.key }
        if best.value.count > ranked[1].value.count, home == best.key { return best.key }
        let tied = ranked.filter { $0.value.count == best.value.count }.map {
            (country: $0.key, places: places[$0.key] ?? 0)
        }
        .sorted { $0.places > $1.places }
        guard tied.count >= 2, tied[0].places >= 2, tied[0].places > tied[1].places else { return nil }
        return tied[0].country
    }

    /// The country of the city a dateline opens with ("ISLAMABAD, March 12 —"), if the lexicon knows it.
    func datelineCountry(_ units: [[Unit]]) -> String? {
        guard let first = units.first?.first, first.start == 0, case .entity(let city, _) = first.kind,
            city.kind == .place
        else { return nil }
        return lexicon.countryOfPlace[city.name]
    }
}
