/// Inputs shaped to find quadratic work, for `corroborate bench --shape`: each is generated at a given size so
/// that the time at a quarter, a half and the whole shows how a stage grows. None is committed.
public enum StressInput: String, CaseIterable, Sendable {
    /// One article of ordinary news sentences (the generated corpus's stories run together), 19 MB by default.
    case long
    /// `X said Y. ` repeated: no sentence break the segmenter accepts, and an attribution in every few tokens.
    case said
    /// An HTML page whose one paragraph carries tens of thousands of attributes.
    case attributes
    /// One attributed sentence repeated in one paragraph: every sentence an attribution with the same source,
    /// cue and words, which work kept per source or per quotation would compare all with all.
    case repeated

    /// The default size in bytes: just under the per-article limit for `long`, and the sizes the hostile-input
    /// trials used for the others.
    public var defaultBytes: Int {
        switch self {
        case .long: return 19_000_000
        case .said: return 2_000_000
        case .attributes: return 1_000_000
        case .repeated: return 9_000_000
        }
    }

    /// The file name the input is written under (its extension tells ingest the format).
    public var fileName: String { self == .attributes ? "attributes.html" : "\(rawValue).txt" }

    /// The input, close to `bytes` long (never longer).
    public func generate(bytes: Int, seed: UInt64 = 1) -> [UInt8] {
        switch self {
        case .long:
            return Array(CorpusGenerator(articles: 1, seed: seed).longArticle(bytes: bytes).utf8)
        case .said, .repeated:
            let unit =
                self == .said
                ? "X said Y. " : "A police spokesman said the road to the airport would reopen on Tuesday. "
            return Array(String(repeating: unit, count: max(1, bytes / unit.utf8.count)).utf8)
        case .attributes:
            let head = "<html><head><title>Attributes</title></head><body><p"
            let tail = ">The minister said the talks had failed.</p></body></html>\n"
            var out = Array(head.utf8)
            var index = 0
            while out.count + tail.utf8.count + 16 < bytes {
                out += Array(" a\(index)=\"v\"".utf8)
                index += 1
            }
            return out + Array(tail.utf8)
        }
    }
}

extension CorpusGenerator {
    /// One article of generated stories run together (their bodies, without the header lines), up to `bytes`.
    func longArticle(bytes: Int) -> String {
        var random = Random(state: seed)
        let base = CalendarDate(year: 2016, month: 1, day: 1)!
        var out = "Outlet: AFP\nDate: 2016-01-01\n\n"
        while true {
            let event = Event(
                place: random.pick(CorpusGenerator.places), date: base.adding(days: random.int(365)),
                kind: random.int(4), killed: 3 + random.int(60), wounded: 5 + random.int(120))
            let story = story(event, outlet: "AFP", random: &random)
            let body = story.components(separatedBy: "\n\n").dropFirst().joined(separator: "\n\n") + "\n"
            guard out.utf8.count + body.utf8.count <= bytes else { return out }
            out += body
        }
    }
}
