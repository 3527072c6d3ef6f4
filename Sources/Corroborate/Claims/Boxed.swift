/// A value kept behind one shared, immutable reference: eight bytes where it is stored instead of the value's own
/// size. For fields most claims leave empty (the inner source, a time, a negation), which every claim of a run
/// would otherwise carry at full width from the claims stage to the end of the report. Compared and hashed by
/// value, as the value itself would be.
struct Boxed<Value: Hashable & Sendable>: Hashable, Sendable {
    private final class Storage: Sendable {
        let value: Value

        init(_ value: Value) { self.value = value }
    }

    private let storage: Storage

    init(_ value: Value) { storage = Storage(value) }

    var value: Value { storage.value }

    static func == (lhs: Boxed, rhs: Boxed) -> Bool { lhs.storage === rhs.storage || lhs.value == rhs.value }

    func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
