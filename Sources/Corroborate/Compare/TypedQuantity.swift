/// A figure as the comparison sees it: its value range in the dimension's base unit (metres, seconds, dollars),
/// how exact it is, what it measures (the dimension, the aspect of a length, the thing counted and what happened
/// to it) and the words around it.
struct TypedQuantity: Sendable, Hashable {
    /// The stated range in base units (`13 to 15` is 13...15; one figure has `low == high`).
    var low: Double
    var high: Double
    var qualifier: Quantity.Qualifier
    /// `count`, `length`, `area`, `duration`, `age`, `percent`, `mass`, `speed`, `currency:USD` ...
    var dimension: String
    /// For lengths: `depth`, `width`, `radius`, `height`, `distance`, `length`.
    var aspect: String?
    /// For counts: the counted noun's term, or `person` for nouns that count people.
    var counted: String?
    /// The counted noun's own term (`student` where `counted` is `person`): figures of different groups of people
    /// are less likely one measure.
    var head: String? = nil
    /// For a figure written before the noun it measures, its unit joined by a hyphen (`a 40-hectare park`,
    /// `a 12-metre dredging barge`): the terms of that noun (`park`; `dredg`, `barg`). Two such figures whose nouns
    /// share no term measure two different things.
    var measured: Set<String> = []
    /// For ages: the names next to the figure (`Ilse Brandt, 46`), so that two ages compare only for one person.
    var names: Set<String> = []
    /// What happened to what is counted (`killed`, `wounded`, `arrested`), from the events measures.
    var outcome: String?
    /// A unit was converted (or the figure restates one in brackets): rounding is looser.
    var converted: Bool
    /// The amount is a vague word (`several`, `dozens`, `a few`), read as a rough figure.
    var vague = false
    /// The vague amount has no upper end (`millions`): a larger figure is one of them.
    var unbounded = false
    /// Word positions of the figure in its claim.
    var words: Range<Int>
    var span: TextSpan

    /// The measure two figures must share to be compared.
    var measure: String {
        var parts = [dimension]
        if let aspect { parts.append(aspect) }
        if let counted { parts.append(counted) }
        if let outcome { parts.append(outcome) }
        return parts.joined(separator: "/")
    }

    /// The measure, the stated value and its qualifier, to find the same figure elsewhere in an article.
    var key: String { measure + "=" + String(low) + "-" + String(high) + " " + qualifier.rawValue }

    /// The values the figure allows, given its qualifier and rounding.
    var interval: ClosedRange<Double> {
        let slack = converted ? 0.05 : 0.02
        switch qualifier {
        case .exact: return (low * (1 - slack))...(high * (1 + slack))
        case .atLeast: return low...Double.greatestFiniteMagnitude
        case .moreThan: return (low * 1.0001)...Double.greatestFiniteMagnitude
        case .nearly: return (low * 0.9)...high
        case .about: return (low * 0.9)...(high * 1.1)
        case .upTo: return 0...(high * (1 + slack))
        case .lessThan: return 0...(high * 0.9999)
        }
    }

    var isLowerBound: Bool { qualifier == .atLeast || qualifier == .moreThan }

    /// How two figures of one measure relate: the same, different beyond rounding and qualifiers, different
    /// lower bounds, or compatible without being the same.
    enum Verdict: Equatable { case same, differ, differentLowerBounds, compatible }

    func compare(_ other: TypedQuantity) -> Verdict {
        if !interval.overlaps(other.interval) { return .differ }
        // Two exact ranges (`13 to 15`, `13 and 14`) differ when either end does; one figure inside a range
        // does not contradict it.
        if qualifier == .exact && other.qualifier == .exact && low != high && other.low != other.high {
            let slack = (converted || other.converted ? 0.05 : 0.02) * max(high, other.high)
            if abs(low - other.low) > slack || abs(high - other.high) > slack { return .differ }
        }
        if isLowerBound && other.isLowerBound {
            let a = low
            let b = other.low
            return abs(a - b) > 0.02 * max(a, b) ? .differentLowerBounds : .same
        }
        if qualifier == .exact && other.qualifier == .exact { return .same }
        return .compatible
    }
}
