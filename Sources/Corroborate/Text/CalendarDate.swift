/// A calendar day without time or zone: what a news article's date means, and what "Sunday" resolves against.
public struct CalendarDate: Hashable, Sendable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year),
            (1000...9999).contains(year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days since 1970-01-01 (negative before), by the proleptic Gregorian calendar.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber z: Int) {
        let z = z + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// 0 = Sunday ... 6 = Saturday.
    public var weekday: Int { ((dayNumber % 7) + 7 + 4) % 7 }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static let monthNames: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    static let weekdayNames: [String: Int] = [
        "sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    ]

    /// Reads the date forms seen in news copy and page metadata: `2016-09-05`, `2016-09-05T10:00:00Z`,
    /// `09/05/2016` (US order), `September 5, 2016`, `Sept. 5, 2016` and `5 September 2016`.
    public init?(parsing raw: String) {
        let text = raw.trimmingWhitespace()
        let parts = CalendarDate.numberRuns(text)
        if text.count >= 10, parts.count >= 3, parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        {
            self.init(year: y, month: m, day: d)
            return
        }
        if parts.count >= 3, parts[2].count == 4, text.contains("/"), let m = Int(parts[0]), let d = Int(parts[1]),
            let y = Int(parts[2])
        {
            self.init(year: y, month: m, day: d)
            return
        }
        let words = text.folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard let monthIndex = words.firstIndex(where: { CalendarDate.monthNames[$0] != nil }),
            let month = CalendarDate.monthNames[words[monthIndex]]
        else { return nil }
        let numbers = words.compactMap { Int($0) }
        guard let year = numbers.first(where: { $0 >= 1000 }), let day = numbers.first(where: { $0 <= 31 })
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    private static func numberRuns(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isNumber }).map(String.init)
    }
}

extension CalendarDate: CustomStringConvertible {
    /// ISO 8601, `2016-09-05`.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

extension CalendarDate: Codable {
    /// Encoded as an ISO 8601 day, `"2016-09-05"`.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(parsing: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
