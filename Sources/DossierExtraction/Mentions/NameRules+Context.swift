import Dossier

extension NameRules {
    static let cueWordAfter = NameRule("cue-word-after") { chunk in
        let tokens = chunk.tokens
        let end = chunk.end
        guard end < tokens.count, let cue = chunk.lexicon.nameCues[tokens[end].lower], !tokens[end].isCapitalized,
            !chunk.lexicon.words.teamExclusions.contains(tokens[end].lower)
        else { return .pass }
        // "the Riau province": the area's name is the capitalized words; "Ben Gurion airport" is the airport.
        if cue == .place && chunk.lexicon.words.areaWords.contains(tokens[end].lower) { return chunk.guess(.place) }
        if cue == .place {
            return chunk.guess(.place, name: chunk.name + " " + tokens[end].text, from: chunk.start, to: end + 1)
        }
        if cue == .organization { return chunk.guess(.organization) }
        return .pass
    }

    static let countrySource = NameRule("country-source") { chunk in
        guard let previous = chunk.previous, previous.kind == .country, !previous.isDemonym,
            previous.end == chunk.start, chunk.recognizer.isSourceContext(chunk.tokens, chunk.start, chunk.end)
        else { return .pass }
        let joined = previous.surface + " " + chunk.name
        return .name(Mention(kind: .organization, start: previous.start, end: chunk.end, name: joined, surface: joined))
    }

    static let countryStartSource = NameRule("country-start-source") { chunk in
        guard let first = chunk.kindAt[chunk.start], first.kind == .country, !first.isDemonym,
            chunk.recognizer.isSourceContext(chunk.tokens, chunk.start, chunk.end)
        else { return .pass }
        return chunk.guess(.organization)
    }

    static let allCommonWords = NameRule("all-common-words") { chunk in
        let common = chunk.lowered.allSatisfy { chunk.lexicon.isCommon($0) || $0.allSatisfy(\.isNumber) }
        return chunk.length >= 2 && common ? .notAName : .pass
    }

    static let afterOffice = NameRule("after-office") { chunk in
        guard let previous = chunk.previous, case .office = previous.kind, previous.end == chunk.start else {
            return .pass
        }
        return chunk.guess(.person)
    }

    static let categoryNounBefore = NameRule("category-noun-before") { chunk in
        Definition.before(chunk.tokens, start: chunk.start, lexicon: chunk.lexicon).map { chunk.guess($0) } ?? .pass
    }

    static let sportsTeam = NameRule("sports-team") { chunk in
        chunk.recognizer.isTeam(chunk.tokens, chunk.start, chunk.end, kindAt: chunk.kindAt)
            ? chunk.guess(.organization) : .pass
    }

    static let staffOf = NameRule("staff-of") { chunk in
        guard Definition.isStaffOf(chunk.tokens, start: chunk.start, lexicon: chunk.lexicon),
            !chunk.lexicon.cityWords.contains(chunk.lowered[0]) || chunk.length > 1
        else { return .pass }
        return chunk.guess(.organization)
    }

    static let definedAfter = NameRule("defined-after") { chunk in
        guard
            let definition = Definition.after(chunk.tokens, start: chunk.start, end: chunk.end, lexicon: chunk.lexicon)
        else { return .pass }
        guard let kind = definition.kind, case .name(var made) = chunk.guess(kind) else { return .notAName }
        made.isDefined = true
        return .name(made)
    }

    static let hyphenatedCountry = NameRule("hyphenated-country") { chunk in
        chunk.lowered.contains { $0.utf8.contains(0x2D) && chunk.recognizer.hasCountryPart($0) } ? .notAName : .pass
    }

    static let personShape = NameRule("person-shape") { chunk in
        chunk.recognizer.looksLikePerson(chunk.tokens, chunk.start..<chunk.end) ? chunk.guess(.person) : .pass
    }

    static let classifier = NameRule("classifier") { chunk in
        guard let classifier = chunk.lexicon.classifier else { return .pass }
        let (start, end) = (chunk.start, chunk.end)
        let (predicted, margin) = classifier.predict(
            tokens: chunk.tokens, start: start, end: end, lexicon: chunk.lexicon)
        let sure =
            margin >= ChunkRecognizer.confidentMargin
            && (end - start >= 2 || (start > 0 && !(chunk.kindAt[start - 1]?.isEntity ?? false)))
        switch predicted {
        case .organization where sure || end - start >= 2: return chunk.guess(.organization)
        case .place where sure || end - start >= 2: return chunk.guess(.place)
        case .person where end - start >= 2 || (sure && start > 0 && chunk.commonWordCount == 0):
            return chunk.guess(.person)
        case .candidate where end - start >= 2 && margin >= ChunkRecognizer.dropMargin: return .notAName
        default: return .pass
        }
    }

    static let unknownAcronym = NameRule("unknown-acronym") { chunk in
        let token = chunk.tokens[chunk.start]
        guard chunk.length == 1, token.isAllCaps, (2...6).contains(token.text.utf8.count),
            token.text.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A })
        else { return .pass }
        return chunk.guess(.organization)
    }

    static let loneWord = NameRule("lone-word") { chunk in
        chunk.length == 1 ? .candidate : .pass
    }

    static let mostlyCommonWords = NameRule("mostly-common-words") { chunk in
        chunk.commonWordCount * 2 > chunk.lowered.count ? .notAName : .pass
    }

    static let fallbackPerson = NameRule("fallback-person") { chunk in
        chunk.guess(.person)
    }
}
