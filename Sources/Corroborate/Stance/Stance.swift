/// How an article stands toward a claim, in FNC-1's four labels. `check` prints them as a fact-checker says them:
/// supports, contradicts, discusses, unrelated.
public enum Stance: String, Sendable, Codable, CaseIterable, Hashable {
    case agree
    case disagree
    case discuss
    case unrelated

    /// The verdict as `check` prints it.
    public var verdict: String {
        switch self {
        case .agree: "supports"
        case .disagree: "contradicts"
        case .discuss: "discusses"
        case .unrelated: "unrelated"
        }
    }

    /// A label as FNC-1 writes it (`agree`, `Disagree `), or as `check` prints it (`supports`).
    public init?(label: String) {
        let key = label.trimmingCharacters(in: .whitespaces).lowercased()
        if let stance = Stance(rawValue: key) {
            self = stance
        } else if let stance = Stance.allCases.first(where: { $0.verdict == key }) {
            self = stance
        } else {
            return nil
        }
    }

    /// The class index used by the model: the order of `allCases`.
    var index: Int { Stance.allCases.firstIndex(of: self)! }
}
