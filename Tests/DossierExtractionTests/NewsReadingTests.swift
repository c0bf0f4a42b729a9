import Dossier
import Testing

@testable import DossierExtraction

/// Wire-news phrasing the builder was taught in the second round: periods
/// counted from the dateline, the kinds of events news tells, the ties
/// between countries whose officials meet, office names and name particles.
/// Invented people and places of other regions, so the rules stay general.
@Suite struct NewsReadingTests {
    let dates = RelativeDateTests()

    @Test(arguments: [
        ("The envoy arrived this week.", "this week", "2004-W49"),
        ("The envoy arrived last week.", "last week", "2004-W48"),
        ("The envoy arrives next week.", "next week", "2004-W50"),
        ("The envoy arrived earlier this week.", "earlier this week", "2004-W49"),
        ("The talks failed last month.", "last month", "2004-10"),
        ("The talks failed earlier this year.", "earlier this year", "2004"),
        ("The talks failed last year.", "last year", "2003"),
    ])
    func `a period resolves against a Tuesday's article`(text: String, surface: String, date: String) {
        let found = dates.recognize(text, on: "2004-11-30")
        #expect(found.map(\.0) == [surface])
        #expect(found.map(\.1) == [date])
    }

    @Test func `a span's length is no date, and without an article's day a period stays unknown`() {
        #expect(dates.recognize("Prices rose over the last year.", on: "2004-11-30").isEmpty)
        #expect(dates.recognize("The envoy arrived last week.", on: nil).isEmpty)
        // January's "last month" is the year before's December.
        #expect(dates.recognize("The talks failed last month.", on: "2021-01-12").map(\.1) == ["2020-12"])
    }

    @Test func `ISO weeks count from the week's Thursday and sort as their Monday`() throws {
        #expect(try #require(CalendarDay(iso: "2024-12-30")).isoWeek == "2025-W01")
        #expect(try #require(CalendarDay(iso: "2021-01-03")).isoWeek == "2020-W53")
        #expect(CalendarDay(isoWeek: "2004-W49")?.iso == "2004-11-29")
        #expect(CalendarDay(isoWeek: "2004-W60") == nil)
        #expect(CalendarDay.sortKey("2024-W01") < CalendarDay.sortKey("2024-01-05"))
        #expect(CalendarDay.sortKey("2024-W02") > CalendarDay.sortKey("2024-01-05"))
        #expect(CalendarDay.sortKey("2020-11") == "2020-11")
    }

    @Test func `every event says where its date comes from`() throws {
        let draft = build(
            [
                "ACCRA, Ghana, March 4, 2022 (AP) — Ghanaian Trade Minister Kojo Asante visited Lome on Monday. "
                    + "Asante met Togolese Trade Minister Edem Kouma in Lome on March 2, 2022. "
                    + "Kouma said the talks were useful."
            ], date: "2022-03-04")
        let visit = try #require(draft.event("visit").first)
        #expect(visit.attributes["date"] == "2022-02-28")
        #expect(visit.attributes["dateBasis"] == "relative")
        let meeting = try #require(draft.event("meeting").first)
        #expect(meeting.attributes["date"] == "2022-03-02")
        #expect(meeting.attributes["dateBasis"] == "stated")
        let statement = try #require(draft.event("statement").first)
        #expect(statement.attributes["date"] == "2022-03-04")
        #expect(statement.attributes["dateBasis"] == "dateline")
        #expect(draft.participants(of: statement, role: "agent") == ["Edem Kouma"])
    }

    @Test func `the dateline's date is the article's and 'on Sunday, the ministry said' is Sunday's`() throws {
        let draft = build(
            [
                "QUITO, Ecuador, Aug. 6, 2019 — Ecuadorean Foreign Minister Lucia Paredes spoke by telephone "
                    + "with her Peruvian counterpart, Jorge Salas, on Sunday, the ministry said."
            ], date: "2019-08-06")
        let talks = try #require(draft.event("talks").first)
        #expect(talks.attributes["date"] == "2019-08-04")
        #expect(draft.participants(of: talks, role: "participant") == ["Jorge Salas", "Lucia Paredes"])
        #expect(draft.relation(.holds, "Jorge Salas", "Foreign Minister of Peru") != nil)
        let counterparts =
            draft.relation(.counterpartOf, "Lucia Paredes", "Jorge Salas")
            ?? draft.relation(.counterpartOf, "Jorge Salas", "Lucia Paredes")
        #expect(counterparts != nil)
        let ties =
            draft.relation(.relationsWith, "Ecuador", "Peru") ?? draft.relation(.relationsWith, "Peru", "Ecuador")
        #expect(ties?.attributes["basis"] == "context")
    }

    static let actions: [(String, String)] = [
        (
            "Police arrested Tomas Brandt in Ostrava on Friday.",
            "e0 arrest sentences=s0\n  subject person \"Tomas Brandt\" s0\n  place place \"Ostrava\" s0\n"
        ),
        (
            "Tomas Brandt was detained by the Czech Police in Ostrava.",
            "e0 arrest sentences=s0\n  agent organization \"Czech Republic Police\" s0\n  subject person \"Tomas Brandt\" s0\n"
                + "  place place \"Ostrava\" s0\n"
        ),
        (
            "A car bomb exploded near a market in Mogadishu.",
            "e0 attack sentences=s0\n  place place \"Mogadishu\" s0\n"
        ),
        (
            "Ana Ruiz won Chile's presidential election.",
            "e0 election sentences=s0\n  participant person \"Ana Ruiz\" s0\n  place country \"Chile\" s0\n"
        ),
        (
            "Ana Ruiz campaigned for elections in Chile.",
            "e0 election sentences=s0\n  place country \"Chile\" s0\n"
        ),
        (
            "The European Union imposed sanctions on Belarus.",
            "e0 sanction sentences=s0\n  agent organization \"European Union\" s0\n  subject country \"Belarus\" s0\n"
        ),
        (
            "Thousands of protesters marched in Tbilisi.",
            "e0 protest sentences=s0\n  place place \"Tbilisi\" s0\n"
        ),
        (
            "Ana Ruiz held talks with Jorge Salas.",
            "e0 talks sentences=s0\n  participant person \"Ana Ruiz\" s0\n  participant person \"Jorge Salas\" s0\n"
        ),
    ]

    @Test(arguments: actions)
    func `action rules write exactly these events`(phrase: String, expected: String) {
        #expect(stageText(phrase, .events) == expected, "\(phrase)")
    }

    @Test func `a denial denies the accusation, not what the denier says beside it`() throws {
        let draft = build(
            [
                "Prosecutors accused Marta Lind of fraud. Her lawyer Pavel Horak denied the accusations and said she was innocent."
            ])
        let denial = try #require(draft.event("denial").first)
        #expect(draft.participants(of: denial, role: "agent") == ["Pavel Horak"])
        let denied = draft.relations.values.filter { $0.kind == .denied }.compactMap { draft.entities[$0.target] }
        #expect(denied.map { $0.attributes["type"] } == ["accusation"])
    }

    @Test func `names keep their particles and hyphenated given names`() throws {
        let draft = build(
            [
                "Sudanese President Omar al-Bashir met Ursula von der Leyen. "
                    + "South Korean President Moon Jae-in met them. A Pakistan-based group spoke."
            ])
        let people = Set(draft.entities.values.filter { $0.kind == .person }.map(\.name))
        #expect(people == ["Omar al-Bashir", "Ursula von der Leyen", "Moon Jae-in"])
        #expect(draft.relation(.holds, "Omar al-Bashir", "President of Sudan") != nil)
        #expect(draft.relation(.holds, "Moon Jae-in", "President of South Korea") != nil)
    }

    @Test func `office names take the article and keep the forms they were read from`() throws {
        let draft = build(
            [
                "U.S. Secretary of State Ana Lowell met the Kremlin spokesman Ivan Petrov. "
                    + "Petrov, the Russian presidential spokesman, said nothing."
            ])
        let office = try #require(
            draft.entities.values.first { $0.kind == .office && $0.name == "Secretary of State of the United States" })
        #expect(office.aliases.contains("U.S. Secretary of State"))
        #expect(draft.relation(.holds, "Ana Lowell", office.name) != nil)
        #expect(draft.relation(.holds, "Ivan Petrov", "Spokesperson of the Kremlin") != nil)
    }

    @Test func `a bare title takes the article's only country, marked as context`() throws {
        let draft = build(
            [
                "ASUNCION, Paraguay, May 2, 2023 — President Carlos Benitez said on Tuesday that taxes would fall. "
                    + "Paraguay's economy grew."
            ], date: "2023-05-02")
        let holds = try #require(draft.relation(.holds, "Carlos Benitez", "President of Paraguay"))
        #expect(holds.attributes["basis"] == "context")
        #expect(draft.relation(.officeOf, "President of Paraguay", "Paraguay")?.attributes["basis"] == "context")
        // Where the sentence names the country, the office is not marked.
        let stated = build(["Paraguayan President Carlos Benitez spoke. President Carlos Benitez left."])
        #expect(stated.relation(.holds, "Carlos Benitez", "President of Paraguay")?.attributes["basis"] == nil)
    }

    @Test func `a party after 'of the ruling' or a comma has the person as a member`() throws {
        let draft = build(
            [
                "Ana Ruiz of the ruling Progressive Alliance Party won the vote. "
                    + "Opposition leader Jorge Salas, of the Citizens' Movement, conceded."
            ])
        #expect(draft.relation(.memberOf, "Ana Ruiz", "Progressive Alliance Party") != nil)
        #expect(draft.relation(.memberOf, "Jorge Salas", "Citizens' Movement") != nil)
    }

    @Test func `'appointed X as foreign minister' gives the article's country's office`() throws {
        let draft = build(
            [
                "LUSAKA, Zambia, June 3, 2021 — Zambia's President Mwila Banda appointed Chanda Phiri as foreign minister "
                    + "on Wednesday."
            ], date: "2021-06-03")
        let holds = try #require(draft.relation(.holds, "Chanda Phiri", "Foreign Minister of Zambia"))
        #expect(holds.attributes["basis"] == "context")
        let appointment = try #require(draft.event("appointment").first)
        #expect(appointment.attributes["date"] == "2021-06-02")
        #expect(draft.participants(of: appointment, role: "subject") == ["Chanda Phiri"])
    }

    @Test func `'the two leaders' are the parties of the meeting told last`() throws {
        let draft = build(
            [
                "Chilean President Ana Ruiz met Peruvian President Jorge Salas in Lima on May 3, 2023. "
                    + "The two leaders signed an agreement on fisheries. The leaders signed nothing else."
            ])
        let agreement = try #require(draft.event("agreement").first)
        #expect(draft.event("agreement").count == 1)
        #expect(draft.participants(of: agreement, role: "participant") == ["Ana Ruiz", "Jorge Salas"])
        #expect(agreement.attributes["date"] == "2023-05-03")
    }

    @Test func `parties and ministries of an article about one country are its own, from context`() throws {
        let draft = build(
            [
                "MAPUTO, Mozambique, Oct. 9, 2024 — Mozambican voters went to the polls. "
                    + "Daniel Chapo of the ruling Liberation Front Party won. The National Assembly said it was calm."
            ], date: "2024-10-09")
        #expect(draft.relation(.partOf, "Liberation Front Party", "Mozambique")?.attributes["basis"] == "context")
        #expect(draft.relation(.partOf, "National Assembly", "Mozambique")?.attributes["basis"] == "context")
        // Two countries named as often: nobody's.
        let mixed = build(["Kenyan and Ugandan officials met. The Democratic Union Party spoke."])
        #expect(mixed.relations.values.filter { $0.kind == .partOf }.isEmpty)
    }

    @Test func `a hospital or a university of an article about one country is in it, from context`() throws {
        let draft = build([
            "MAPUTO, Mozambique, Oct. 9, 2024 — Mozambican nurses at Santa Clara Hospital went on strike. "
                + "Students of Ndlovu University joined them. Doctors from Ruvuma College flew to Tanzania."
        ])
        #expect(draft.relation(.locatedIn, "Santa Clara Hospital", "Mozambique")?.attributes["basis"] == "context")
        #expect(draft.relation(.locatedIn, "Ndlovu University", "Mozambique")?.attributes["basis"] == "context")
        // Its sentence names another country: nothing is said of where it is.
        #expect(draft.relation(.locatedIn, "Ruvuma College", "Mozambique") == nil)
    }

    @Test func `a place no sentence or lexicon puts in a country is in the article's country, from context`() throws {
        let draft = build(
            [
                "ASUNCION, Paraguay, May 2, 2024 — Paraguayan farmers marched to Tembetary Square on Thursday. "
                    + "Paraguay's farm minister later flew to Geneva. The talks turned to the Middle East."
            ], date: "2024-05-02")
        let square = try #require(draft.relation(.locatedIn, "Tembetary Square", "Paraguay"))
        #expect(square.attributes["basis"] == "context")
        // The lexicon's places keep their own country, and a region of several countries gets none.
        #expect(draft.relation(.locatedIn, "Geneva", "Switzerland")?.attributes["basis"] == "lexicon")
        #expect(draft.relation(.locatedIn, "Geneva", "Paraguay") == nil)
        #expect(draft.relation(.locatedIn, "Middle East", "Paraguay") == nil)
    }

    @Test func `a bracket after the subject does not hide the office, and a country's office makes a citizen`() throws {
        let draft = build(["Ana Quispe (born 12 March 1961) was President of Peru from 2001 to 2006."])
        #expect(draft.relation(.holds, "Ana Quispe", "President of Peru")?.attributes["status"] == "former")
        #expect(draft.relation(.officeOf, "President of Peru", "Peru") != nil)
        let citizen = try #require(draft.relation(.citizenOf, "Ana Quispe", "Peru"))
        #expect(citizen.attributes["basis"] == "office")
        // An office of an organization makes a member, not a citizen.
        let chief = build(["NATO Secretary General Lars Holm spoke in Brussels."])
        #expect(chief.relations.values.filter { $0.kind == .citizenOf }.isEmpty)
    }

    @Test func `a place in a narrowed larger place, and a description of two nouns`() throws {
        let draft = build([
            "Tembe Lake is a lake located in Karoo County in the U.S. state of Michigan. Porto Velho lies in northern Brazil."
        ])
        #expect(draft.relation(.locatedIn, "Karoo County", "Michigan") != nil)
        #expect(draft.relation(.locatedIn, "Karoo County", "United States") != nil)
        #expect(draft.relation(.locatedIn, "Tembe Lake", "Michigan") != nil)
        let town = build(["Valdoro is a town and comune in the Province of Arvella in Italy."])
        #expect(town.relation(.locatedIn, "Valdoro", "Province of Arvella") != nil)
        // Any other word ends the chain: "in Karoo County met the mayor of Lima" puts nothing in Lima.
        let meeting = build(["Delegates in Karoo County met the mayor of Lima on Monday."])
        #expect(meeting.relation(.locatedIn, "Karoo County", "Lima") == nil)
    }

    @Test func `a person born in a named country is its citizen, from the birthplace`() throws {
        let draft = build(["Lena Holm (born 3 May 1970 in Bergen, Norway) is a composer."])
        #expect(draft.relation(.citizenOf, "Lena Holm", "Norway")?.attributes["basis"] == "birthplace")
        let opening = build(["Born in Graz, Austria, Karl Weber began his career in Vienna."])
        #expect(opening.relation(.citizenOf, "Karl Weber", "Austria")?.attributes["basis"] == "birthplace")
        // A death place after the dash is not a birthplace.
        let died = build(["Lena Holm (1901 – 1970 in Oslo, Norway) was a composer."])
        #expect(died.relation(.citizenOf, "Lena Holm", "Norway") == nil)
    }

    @Test func `a party's candidate is its member`() throws {
        let draft = build(["Ruiz lost to National Renewal Party candidate Tomas Ibarra in 2004."])
        #expect(draft.relation(.memberOf, "Tomas Ibarra", "National Renewal Party") != nil)
        let joining = build(["Maria Lopez spent two years abroad before joining the Liberal Reform Party in 2001."])
        #expect(joining.relation(.memberOf, "Maria Lopez", "Liberal Reform Party") != nil)
    }

    @Test func `a place 'in' a place, and a country in brackets after a name`() throws {
        let draft = build(["Crowds filled Tembetary Square in Asuncion. Pilgrims reached Lake Tembe (Kenya) on foot."])
        #expect(draft.relation(.locatedIn, "Tembetary Square", "Asuncion") != nil)
        #expect(draft.relation(.locatedIn, "Lake Tembe", "Kenya") != nil)
        // A person "in" a place is not located there by this rule.
        let visit = build(["Ana Quispe in Lima said nothing."])
        #expect(
            visit.relations.values.filter { $0.kind == .locatedIn && $0.source.rawValue.hasPrefix("person/") }.isEmpty)
    }

    @Test func `an agency's chief and the country's spy chief, one person in one article, are one office`() throws {
        let draft = build([
            "CIA chief Ana Lowell met Ivan Petrov in Vienna. The former U.S. spy chief Lowell left on Friday."
        ])
        let offices = draft.entities.values.filter { $0.kind == .office }
        #expect(offices.map(\.name) == ["Chief of the Central Intelligence Agency"])
        #expect(offices.first?.aliases.contains("U.S. spy chief") == true)
        #expect(
            draft.relation(.holds, "Ana Lowell", "Chief of the Central Intelligence Agency")?.attributes["status"]
                == "former")
    }

    @Test func `a person's role at, for or with an organization makes them its member`() throws {
        let draft = build([
            "Rosa Vidal, a former surgeon at Mercy Hospital, said the ward was full.",
            "Tom Okafor, a spokesman for Delta Air Lines, declined to comment.",
            "Eva Berg, the chief engineer with Volvo, was there.",
        ])
        #expect(draft.relation(.memberOf, "Rosa Vidal", "Mercy Hospital") != nil)
        #expect(draft.relation(.memberOf, "Tom Okafor", "Delta Air Lines") != nil)
        #expect(draft.relation(.memberOf, "Eva Berg", "Volvo") != nil)
        #expect(draft.entities.values.first { $0.name == "Mercy Hospital" }?.kind == .organization)
        // A clause after the comma is no role: "who" ends the role words.
        let clause = build(["Rosa Vidal, a woman who worked at Mercy Hospital, said so."])
        #expect(clause.relation(.memberOf, "Rosa Vidal", "Mercy Hospital") == nil)
    }

    @Test func `an s-less plural keeps its possessive inside a name; a singular one ends it`() throws {
        let draft = build([
            "Hanna Berg, who joined the Lao People's Revolutionary Party in 1987, spoke.",
            "Doctors at Boston Children's Hospital agreed.",
            "Canada's Prime Minister Paul Martin spoke.",
        ])
        #expect(draft.relation(.memberOf, "Hanna Berg", "Lao People's Revolutionary Party") != nil)
        #expect(draft.entities.values.contains { $0.name == "Boston Children's Hospital" && $0.kind == .organization })
        #expect(draft.relation(.holds, "Paul Martin", "Prime Minister of Canada") != nil)
    }

    @Test func `'for' after an organization's cue word stays in its name, and an institution 'in' a city is there`()
        throws
    {
        let draft = build([
            "Lina Duarte, a former member of the Party for Democracy, spoke.",
            "Omar Haddad works at the Institute for Fiscal Studies. Nurses at Mercy Hospital in Cork agreed.",
        ])
        #expect(draft.relation(.memberOf, "Lina Duarte", "Party for Democracy") != nil)
        #expect(draft.relation(.memberOf, "Omar Haddad", "Institute for Fiscal Studies") != nil)
        #expect(draft.relation(.locatedIn, "Mercy Hospital", "Cork") != nil)
        // A weekday after "for" is no part of a name; an organization that is no institution is not placed by "in".
        let other = build(["The Senate for Monday was cancelled. Hamas officials in Cairo met."])
        #expect(!other.entities.values.contains { $0.name.hasSuffix("for Monday") })
        #expect(other.relation(.locatedIn, "Hamas", "Cairo") == nil)
    }

    @Test func `'of the' after an organization's cue word stays in its name, and a named village holds its event`()
        throws
    {
        let draft = build([
            "Rosa Lim, a professor at the University of the Philippines, said so.",
            "Police arrested Juan Cruz in the village of Tamblot on Monday.",
        ])
        #expect(draft.relation(.memberOf, "Rosa Lim", "University of the Philippines") != nil)
        let arrest = try #require(draft.event("arrest").first)
        #expect(draft.relation(.heldIn, arrest.name, "Tamblot") != nil)
        // A person "of the" country keeps the country apart.
        let person = build(["Amina Abbott of the United States spoke."])
        #expect(person.entities.values.contains { $0.name == "Amina Abbott" && $0.kind == .person })
    }

    @Test func `a national body named by another country's demonym is that country's, not the article's`() throws {
        let draft = build([
            "CAIRO, May 3, 2026 — Egyptian officials met in Cairo. The French National Party sent a message."
        ])
        #expect(draft.relation(.partOf, "French National Party", "France") != nil)
        #expect(draft.relation(.partOf, "French National Party", "Egypt") == nil)
        let lao = build(["The Lao People's Revolutionary Party sent a message."])
        #expect(lao.relation(.partOf, "Lao People's Revolutionary Party", "Laos") != nil)
    }
}
