/// When a clause says its happening took place: weekdays (`on Saturday`), months with or without a day (`Aug.
/// 23`, `in May`), years, and the relative `yesterday`, `last week`, `last month`, `last year`. Two clauses
/// whose times cannot be the same (`Saturday` against `last month`, `May 2009` against `August 2009`) are about
/// different happenings: their figures are different measures, and a denial in one does not contradict the
/// other.
struct TimeSlot: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case weekday, month, year, relative }
    var kind: Kind
    var value: Int
    /// For months: the day, when given.
    var day: Int?
    /// For months: which third (early, mid, late), when given instead of a day.
    var part: Int? = nil

    /// The third of the month a day falls in.
    static func third(_ day: Int) -> Int { day <= 10 ? 1 : day <= 20 ? 2 : 3 }

    /// Whether two month slots of one month can name one day.
    func sameMonthFits(_ other: TimeSlot) -> Bool {
        if let a = day, let b = other.day { return a == b }
        let x = part ?? day.map(TimeSlot.third)
        let y = other.part ?? other.day.map(TimeSlot.third)
        if let x, let y { return x == y }
        return true
    }

    /// The words `read(_:)` takes a time from besides figures: day and month names, `yesterday`, `last`, `past`.
    static let timeWords = WordIDSet(
        Array(CalendarDate.weekdayNames.keys) + Array(CalendarDate.monthNames.keys) + ["yesterday", "last", "past"])

    /// The times named in a claim's words, by word position.
    static func read(_ words: [FrameWord]) -> [Int: TimeSlot] {
        var result: [Int: TimeSlot] = [:]
        for (k, word) in words.enumerated() {
            // Most words are none of these: one bit read turns them away before any string is looked up.
            guard word.isNumber || timeWords.contains(word) else { continue }
            let key = word.key
            if let weekday = CalendarDate.weekdayNames[key] {
                result[k] = TimeSlot(kind: .weekday, value: weekday, day: nil)
            } else if let month = CalendarDate.monthNames[key], word.text.first?.isUppercase == true,
                key != "may" || (k + 1 < words.count && words[k + 1].isNumber)
            {
                var day: Int?
                var part: Int?
                if k + 1 < words.count, words[k + 1].isNumber, let d = Int(words[k + 1].text), (1...31).contains(d) {
                    day = d
                } else if k > 0, words[k - 1].isNumber, let d = Int(words[k - 1].text), (1...31).contains(d) {
                    day = d
                } else if k > 0 {
                    // `early August`, `mid-August`, `late August`: a third of the month.
                    part = ["early": 1, "mid": 2, "late": 3][words[k - 1].key]
                }
                result[k] = TimeSlot(kind: .month, value: month, day: day, part: part)
            } else if word.isNumber, word.text.count == 4, let y = Int(word.text), (1900...2100).contains(y) {
                result[k] = TimeSlot(kind: .year, value: y, day: nil)
            } else if key == "yesterday" {
                result[k] = TimeSlot(kind: .relative, value: 1, day: nil)
            } else if key == "last" || key == "past", k + 1 < words.count {
                switch words[k + 1].key {
                case "week": result[k] = TimeSlot(kind: .relative, value: 7, day: nil)
                case "month": result[k] = TimeSlot(kind: .relative, value: 30, day: nil)
                case "year": result[k] = TimeSlot(kind: .relative, value: 365, day: nil)
                default: break
                }
            }
        }
        return result
    }

    /// Whether two sets of times cannot name one happening: for a kind both give, no value in common (months
    /// with different days, different weekdays or years); or a weekday (this week) against `last month` or
    /// `last year`.
    static func apart(_ a: [TimeSlot], _ b: [TimeSlot]) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        for kind in [Kind.weekday, .month, .year, .relative] {
            let x = a.filter { $0.kind == kind }
            let y = b.filter { $0.kind == kind }
            guard !x.isEmpty, !y.isEmpty else { continue }
            let meet = x.contains { p in y.contains { q in p.value == q.value && p.sameMonthFits(q) } }
            if !meet { return true }
        }
        let longAgo: (TimeSlot) -> Bool = { $0.kind == .relative && $0.value >= 30 }
        if a.contains(where: { $0.kind == .weekday }) && b.contains(where: longAgo) { return true }
        if b.contains(where: { $0.kind == .weekday }) && a.contains(where: longAgo) { return true }
        return false
    }
}

extension ClaimContent {
    /// The times named inside a word range.
    func times(in range: Range<Int>) -> [TimeSlot] {
        range.compactMap { timeSlots[$0] }
    }

    /// Whether two clauses name times that cannot be one happening's.
    static func timesApart(_ a: ClaimContent, _ x: Range<Int>, _ b: ClaimContent, _ y: Range<Int>) -> Bool {
        TimeSlot.apart(a.times(in: x), b.times(in: y))
    }
}
