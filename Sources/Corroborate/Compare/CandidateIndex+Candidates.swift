extension CandidateIndex {
    /// A run's candidate pairs, read as `Pair`s. Each is held in 16 bytes (the two claims' indices and their
    /// cosine); the run's term vectors, which every pair shares, are held once here rather than as a reference
    /// in each of the millions of pairs of a large run, where the comparison holds the most.
    struct Candidates: RandomAccessCollection, Sendable {
        /// One pair as held: claim indices as 32-bit integers, `a < b`.
        struct Stored: Sendable {
            let a: Int32
            let b: Int32
            let similarity: Double
        }

        private let stored: [Stored]
        /// The run's term vectors, which a pair's shared terms are read from.
        let terms: Terms

        init(stored: [Stored], terms: Terms) {
            self.stored = stored
            self.terms = terms
        }

        var startIndex: Int { 0 }
        var endIndex: Int { stored.count }

        subscript(position: Int) -> Pair {
            let pair = stored[position]
            return Pair(a: Int(pair.a), b: Int(pair.b), similarity: pair.similarity, terms: terms)
        }
    }
}
