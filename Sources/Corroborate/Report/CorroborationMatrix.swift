/// The corroboration table: a row per event that more than one independent source reports, a column per source
/// among the most cited, grouped by kind of source. Each cell says whether the source reports the event, is in a
/// contradiction about it, or is silent. Events resting on one source are listed apart.
struct CorroborationMatrix {
    var hasEvents: Bool
    var groups: [Group]
    var columns: [Column]
    var rows: [Row]
    var hasRows: Bool
    var hasOthers: Bool
    var single: [SingleEvent]
    var singleSummary: String?
    var columnsNote: String?

    /// Sources shown as columns, at most.
    static let columnLimit = 16

    struct Group {
        var kind: String
        var span: Int
        /// A label longer than its columns are wide is written upwards, as the source names are.
        var upright = false
    }

    struct Column {
        var name: String
        var kind: String
        /// The first column of its kind, drawn with a stronger left border.
        var groupStart: Bool
    }

    struct Row {
        var id: String
        var place: String
        var what: String
        var date: String?
        var crossSide: Bool
        var independent: Int
        var cells: [Cell]
        /// Sources of the event that have no column.
        var others: String?
    }

    struct Cell {
        var reported: Bool
        var state: String
        var symbol: String
        var verdict: String
        var claim: String
        var source: String
        var groupStart: Bool
    }

    struct SingleEvent {
        var place: String
        var what: String
        var date: String?
        var sources: String
        var claims: [String]
    }

    init(_ analysis: Analysis, names: ReportNames) {
        let sorted = analysis.events.sorted {
            $0.independentSources != $1.independentSources
                ? $0.independentSources > $1.independentSources : $0.id < $1.id
        }
        let events = sorted.filter { !$0.singleSourced }
        let lone = sorted.filter(\.singleSourced)
        hasEvents = !sorted.isEmpty
        hasRows = !events.isEmpty
        // Columns: the sources that take part in the most corroborated events, then grouped by kind.
        var participation: [String: Int] = [:]
        for event in events {
            for name in event.sources { participation[name, default: 0] += 1 }
        }
        let kinds = Dictionary(analysis.sources.map { ($0.source.name, $0.source.kind) }) { first, _ in first }
        let top = participation.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
            .prefix(CorroborationMatrix.columnLimit)
        let ordered = top.enumerated().sorted { a, b in
            let (ka, kb) = (kinds[a.element] ?? .other, kinds[b.element] ?? .other)
            return ka != kb ? ka < kb : a.offset < b.offset
        }.map(\.element)
        var groups: [Group] = []
        var columns: [Column] = []
        for name in ordered {
            let kind = (kinds[name] ?? .other).label
            let starts = groups.last?.kind != kind
            if starts { groups.append(Group(kind: kind, span: 0)) }
            groups[groups.count - 1].span += 1
            columns.append(Column(name: names.source(name), kind: kind, groupStart: starts))
        }
        for k in groups.indices { groups[k].upright = groups[k].kind.count > groups[k].span * 5 }
        self.groups = groups
        self.columns = columns
        var contested = Set<String>()
        for relation in analysis.contradictions { contested.formUnion(relation.claims) }
        let shown = Set(ordered)
        rows = events.map { event in
            let claims = event.claims.compactMap { analysis.claim($0) }
            let cells = zip(ordered, columns).map { name, column -> Cell in
                let own = claims.filter { $0.source.individuals.contains { $0.name == name } }
                guard let first = own.first else {
                    return Cell(
                        reported: false, state: "silent", symbol: "", verdict: "silent", claim: "", source: column.name,
                        groupStart: column.groupStart)
                }
                let conflict = own.contains { contested.contains($0.id) }
                return Cell(
                    reported: true, state: conflict ? "conflict" : "agree", symbol: conflict ? "✗" : "✓",
                    verdict: conflict ? "in a contradiction" : "reports it", claim: first.id, source: column.name,
                    groupStart: column.groupStart)
            }
            let others = event.sources.filter { !shown.contains($0) }.map(names.source)
            let label = EventLabel(event)
            return Row(
                id: event.id, place: label.place, what: label.what, date: label.date, crossSide: event.crossSide,
                independent: event.independentSources, cells: cells,
                others: others.isEmpty ? nil : others.joined(separator: ", "))
        }
        hasOthers = rows.contains { $0.others != nil }
        single = lone.map { event in
            let label = EventLabel(event)
            return SingleEvent(
                place: label.place, what: label.what, date: label.date,
                sources: event.sources.map(names.source).joined(separator: ", "), claims: Array(event.claims.prefix(4)))
        }
        singleSummary =
            lone.isEmpty ? nil : "\(lone.count) event\(lone.count == 1 ? " rests" : "s rest") on a single source"
        columnsNote =
            analysis.sources.count > columns.count
            ? "Columns show the \(columns.count) sources that report the most corroborated events, of \(analysis.sources.count) sources in all; the last column names the others."
            : nil
    }
}

/// An event named as a reader would: the place, what happened there, and the day, from the event's own fields.
struct EventLabel {
    var place: String
    var what: String
    var date: String?

    init(_ event: Event) {
        place = event.place
        date = event.date.map(EventLabel.format)
        var what = event.kind.replacingHyphens()
        // The comparer's label is "KIND at PLACE[ QUALIFIER][ (DATE)]": the qualifier (an actor, or the day of a
        // country-wide event) is the part between the place and the date. A day already shown is not repeated.
        var rest = Substring(event.label)
        let prefix = "\(event.kind) at \(event.place)"
        if rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            if let date = event.date, rest.hasSuffix(" (\(date))") { rest = rest.dropLast(" (\(date))".count) }
            var qualifier = String(rest).trimmingWhitespace()
            if let date = event.date, qualifier == "on " + FrameExtractor.monthDay(date) { qualifier = "" }
            if !qualifier.isEmpty { what += " " + qualifier }
        }
        self.what = what
    }

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `24 Aug 2016`.
    static func format(_ date: CalendarDate) -> String {
        "\(date.day) \(months[max(0, min(11, date.month - 1))]) \(date.year)"
    }
}
