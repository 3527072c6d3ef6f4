extension RepeatedText {
    /// Bits of a key sorted in one pass of `radixSorted`: 2,048 counts per digit, which stay in cache.
    static let radixBits = 11
    /// Digits of a 64-bit key (the last one of 9 bits).
    static let radixDigits = (64 + radixBits - 1) / radixBits

    /// Sorts (shingle, article) entries by shingle, then article, as signed integers: least significant digit
    /// first, each pass a stable counting sort, the article's digits before the shingle's. Every digit's counts
    /// are taken in one pass over the entries, and a digit all entries share is skipped (an article number has
    /// few). The order is the one `sort(by:)` with the same comparison gives, to the entry.
    static func radixSorted(_ entries: inout [(Int, Int)]) {
        let n = entries.count
        guard n > 1 else { return }
        let bits = radixBits
        let digits = radixDigits
        let buckets = 1 << bits
        let mask = UInt64(buckets - 1)
        // A signed integer's bits with the sign flipped: unsigned order is then signed order.
        @inline(__always) func key(_ value: Int) -> UInt64 { UInt64(bitPattern: Int64(value)) ^ (1 << 63) }
        // The counts of pass p (the article's digits first, then the shingle's) at p * buckets.
        var counts = [Int](repeating: 0, count: 2 * digits * buckets)
        var scratch = [(Int, Int)](repeating: (0, 0), count: n)
        var inScratch = false
        entries.withUnsafeMutableBufferPointer { main in
            scratch.withUnsafeMutableBufferPointer { other in
                counts.withUnsafeMutableBufferPointer { counts in
                    for entry in main {
                        let article = key(entry.1)
                        let shingle = key(entry.0)
                        for d in 0..<digits {
                            let shift = UInt64(d * bits)
                            counts[d * buckets + Int((article >> shift) & mask)] += 1
                            counts[(digits + d) * buckets + Int((shingle >> shift) & mask)] += 1
                        }
                    }
                    for pass in 0..<(2 * digits) {
                        let base = pass * buckets
                        let shift = UInt64((pass % digits) * bits)
                        let onArticle = pass < digits
                        @inline(__always) func digit(_ entry: (Int, Int)) -> Int {
                            Int((key(onArticle ? entry.1 : entry.0) >> shift) & mask)
                        }
                        let source = inScratch ? other : main
                        let target = inScratch ? main : other
                        if counts[base + digit(source[0])] == n { continue }
                        var sum = 0
                        for b in 0..<buckets {
                            let c = counts[base + b]
                            counts[base + b] = sum
                            sum += c
                        }
                        for entry in source {
                            let slot = base + digit(entry)
                            target[counts[slot]] = entry
                            counts[slot] += 1
                        }
                        inScratch.toggle()
                    }
                }
            }
        }
        if inScratch { swap(&entries, &scratch) }
    }
}
