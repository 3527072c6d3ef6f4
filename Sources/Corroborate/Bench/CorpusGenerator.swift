import Foundation

/// Writes realistic synthetic corpora for benchmarks: events at many places and dates, each reported by several
/// outlets quoting different sources, with figures that sometimes disagree, manner that sometimes conflicts,
/// background sentences, datelines, and a share of wire copies reprinted under other outlets' names.
/// Deterministic for a given seed; never committed (written to a temporary folder).
public struct CorpusGenerator: Sendable {
    public var articles: Int
    public var seed: UInt64
    /// Share of articles that reprint another outlet's story (wire copy).
    public var wireShare = 0.2

    public init(articles: Int, seed: UInt64 = 1) {
        self.articles = articles
        self.seed = seed
    }

    typealias Random = SeededRandom

    static let places = [
        "Dabiq", "Jarabulus", "Azaz", "Manbij", "Aleppo", "Al-Bab", "Raqqa", "Idlib", "Hama", "Homs", "Palmyra",
        "Deir ez-Zor", "Kobani", "Tal Abyad", "Qamishli", "Afrin", "Daraya", "Douma", "Mosul", "Tikrit", "Ramadi",
        "Fallujah", "Kirkuk", "Sinjar", "Tal Afar", "Hasakah", "Maarat al-Numan", "Khan Shaykhun", "Saraqib", "Latakia",
    ]
    static let outlets = [
        "AFP", "Associated Press", "Reuters", "BBC", "Al Jazeera", "The Guardian", "CNN", "Bloomberg News",
    ]
    static let agencies = ["AFP", "AP", "Reuters"]
    static let sources = [
        ("The Syrian Observatory for Human Rights", "The Observatory"),
        ("Turkey's state-run Anadolu news agency", "Anadolu"),
        ("State news agency SANA", "SANA"), ("Syrian state TV", "State TV"),
        ("The Fastaqim Union, a rebel faction,", "Fastaqim"),
        ("The Free Syrian Army", "The FSA"), ("Turkey's military", "The military"),
        ("The Kurdish-led Syrian Democratic Forces", "The SDF"),
        ("A senior military official who asked not to be named", "The official"),
        ("Rami Abdurrahman, who heads the Observatory,", "Abdurrahman"),
        ("Russia's defence ministry", "The ministry"), ("The United Nations", "The UN"),
    ]
    static let people = [
        ("Turkish Prime Minister Binali Yildirim", "Yildirim"), ("US Secretary of State John Kerry", "Kerry"),
        ("Russian Foreign Minister Sergey Lavrov", "Lavrov"), ("UN envoy Staffan de Mistura", "de Mistura"),
        ("British Foreign Secretary Boris Johnson", "Johnson"), ("President Recep Tayyip Erdogan", "Erdogan"),
    ]
    static let cues = ["said", "reported", "said on", "told reporters", "confirmed", "announced", "claimed"]
    static let manners = [
        ("after Islamic State fighters withdrew from the area", false), ("after fierce clashes", true),
        ("with almost no resistance", false), ("after a fierce battle", true), ("after heavy fighting", true),
        ("after the jihadists fled", false),
    ]
    static let background = [
        "The war has left more than 300,000 people dead since 2011 and displaced millions.",
        "Turkey launched its operation inside Syria in August, backing rebels against the jihadists and Kurdish militia.",
        "Diplomatic efforts to end the conflict have repeatedly stalled.",
        "The town had been held by the extremists since 2014.",
        "Aid groups have warned of a humanitarian catastrophe in besieged areas.",
        "The United States and Russia back opposing sides in the conflict.",
        "Residents who fled the fighting described shortages of food and medicine.",
        "Rebel groups have lost ground in recent months as government forces advanced with Russian air support.",
    ]
    static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    struct Event {
        var place: String
        var date: CalendarDate
        var kind: Int
        var killed: Int
        var wounded: Int
    }

    /// Writes the corpus into `folder` and returns the number of bytes written.
    @discardableResult
    public func write(to folder: String) throws -> Int {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var random = Random(state: seed)
        let base = CalendarDate(year: 2016, month: 1, day: 1)!
        // About one event per four articles, spread over the whole period at every place.
        let eventCount = max(1, articles / 4)
        let days = max(30, articles / 20)
        var events: [Event] = []
        for _ in 0..<eventCount {
            events.append(
                Event(
                    place: random.pick(CorpusGenerator.places), date: base.adding(days: random.int(days)),
                    kind: random.int(4),
                    killed: 3 + random.int(60), wounded: 5 + random.int(120)))
        }
        var bodies: [String] = []
        var total = 0
        for index in 0..<articles {
            let outlet = random.pick(CorpusGenerator.outlets)
            let text: String
            if index > 10, random.chance(wireShare), let original = bodies.randomElement(using: &random) {
                // Wire copy: the same story under another outlet's header.
                text = "Outlet: \(outlet)\n" + original
            } else {
                let event = events[random.int(events.count)]
                let body = story(event, outlet: outlet, random: &random)
                bodies.append(body)
                text = "Outlet: \(outlet)\n" + body
            }
            let data = Data(text.utf8)
            total += data.count
            try data.write(to: URL(fileURLWithPath: folder + "/article-\(String(format: "%06d", index)).txt"))
        }
        return total
    }

    func story(_ event: Event, outlet: String, random: inout Random) -> String {
        let publication = event.date.adding(days: random.int(3))
        let weekday = CorpusGenerator.weekdays[event.date.weekday]
        var lines: [String] = []
        lines.append("Title: \(headline(event, random: &random))")
        lines.append("Date: \(publication)")
        lines.append("")
        var paragraphs: [String] = []
        let agency = random.pick(CorpusGenerator.agencies)
        let (sourceLong, sourceShort) = random.pick(CorpusGenerator.sources)
        let (otherLong, otherShort) = random.pick(CorpusGenerator.sources)
        let (person, personShort) = random.pick(CorpusGenerator.people)
        let killed = random.chance(0.3) ? event.killed + 1 + random.int(10) : event.killed
        let (manner, _) = random.pick(CorpusGenerator.manners)
        let lead: String
        switch event.kind {
        case 0:
            lead =
                "Syrian rebels captured the town of \(event.place) on \(weekday) \(manner), \(sourceLong.prefix(1).lowercased() + sourceLong.dropFirst()) said."
        case 1:
            lead =
                "At least \(killed) people were killed and \(event.wounded) wounded in air strikes on \(event.place) on \(weekday), according to \(sourceShort == "The Observatory" ? "the Syrian Observatory for Human Rights" : sourceLong)."
        case 2:
            lead =
                "Government forces tightened the siege of \(event.place) on \(weekday), trapping nearly \(event.killed * 1000) residents, \(sourceLong.prefix(1).lowercased() + sourceLong.dropFirst()) reported."
        default:
            lead =
                "Fighting raged around \(event.place) on \(weekday) as rebels and government troops traded fire, \(sourceLong.prefix(1).lowercased() + sourceLong.dropFirst()) said."
        }
        paragraphs.append("\(event.place.uppercased()), Syria (\(agency)) -- " + lead)
        paragraphs.append(
            "\(otherLong) said \(random.int(2) == 0 ? "\(event.killed) fighters were killed" : "the clashes continued") in and around \(event.place), while \(sourceShort) put the number of wounded at \(event.wounded + random.int(3) * 5)."
        )
        paragraphs.append(
            "\u{201C}The situation in \(event.place) is very difficult,\u{201D} \(otherShort) \(random.pick(CorpusGenerator.cues)). \u{201C}Civilians are paying the price.\u{201D}"
        )
        paragraphs.append(random.pick(CorpusGenerator.background))
        paragraphs.append(
            "\(person) \(random.pick(["warned", "said", "insisted"])) that the offensive \(random.pick(["would continue", "must stop", "had achieved its goals"])), speaking to reporters in \(random.pick(["Ankara", "Geneva", "London", "Moscow"]))."
        )
        paragraphs.append(
            "\"We will not accept any solution that ignores the people of \(event.place),\" \(personShort) said.")
        if random.chance(0.5) {
            paragraphs.append(
                "\(random.pick(["An unnamed official", "A spokesman for the group", "Local activists"])) said \(event.wounded / 2 + random.int(9)) of the wounded were children."
            )
        }
        paragraphs.append(random.pick(CorpusGenerator.background))
        paragraphs.append(
            "\(sourceShort) said it relied on a network of activists on the ground and that the toll was likely to rise."
        )
        return lines.joined(separator: "\n") + "\n" + paragraphs.joined(separator: "\n\n") + "\n"
    }

    private func headline(_ event: Event, random: inout Random) -> String {
        switch event.kind {
        case 0: return "Rebels take \(event.place) in new blow to Islamic State"
        case 1: return "Air strikes kill dozens in \(event.place)"
        case 2: return "Siege tightens around \(event.place)"
        default: return "Heavy fighting in \(event.place)"
        }
    }
}

extension Array {
    fileprivate func randomElement(using random: inout CorpusGenerator.Random) -> Element? {
        isEmpty ? nil : self[random.int(count)]
    }
}
