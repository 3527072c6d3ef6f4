import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// This process's memory, as `bench` reports it: the peak resident set (which Linux lets a process reset, so each
/// stage gets its own peak rather than the highest so far) and the bytes the allocator holds for live objects
/// (what the analysis retains, whatever the allocator has not yet given back to the system).
public enum MemoryGauge {
    /// Peak resident memory in bytes: since the last `resetPeak()` where that works, since the start otherwise.
    public static func peakResident() -> Int {
        if let peak = statusField("VmHWM:") { return peak }
        var usage = rusage()
        #if os(Linux)
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return Int(usage.ru_maxrss) * 1024
        #else
            getrusage(RUSAGE_SELF, &usage)
            return Int(usage.ru_maxrss)
        #endif
    }

    /// Resident memory now, in bytes (0 where the system does not say).
    public static func resident() -> Int { statusField("VmRSS:") ?? 0 }

    /// Gives the memory the allocator holds free back to the system (glibc's `malloc_trim`, looked up at run
    /// time), so that the resident size comes down to what is in use before a stage's peak is measured.
    public static func releaseFreeMemory() {
        #if os(Linux)
            typealias MallocTrim = @convention(c) (Int) -> Int32
            guard let symbol = dlsym(nil, "malloc_trim") else { return }
            _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
        #endif
    }

    /// Starts a new peak at the current resident size (Linux's `clear_refs` 5); false where that is not possible,
    /// in which case `peakResident()` keeps the peak since the start.
    @discardableResult
    public static func resetPeak() -> Bool {
        #if os(Linux)
            let descriptor = open("/proc/self/clear_refs", O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { return false }
            defer { close(descriptor) }
            return Glibc.write(descriptor, "5", 1) == 1
        #else
            return false
        #endif
    }

    /// Bytes in live heap allocations, every arena and mapped block, or nil where that cannot be known. From
    /// glibc's `malloc_info` report (looked up at run time, so nothing is linked that other C libraries lack): the
    /// arenas' current size, less their free chunks, plus the blocks mapped on their own.
    public static func heapInUse() -> Int? {
        #if os(Linux)
            typealias MallocInfo = @convention(c) (Int32, UnsafeMutablePointer<FILE>?) -> Int32
            guard let symbol = dlsym(nil, "malloc_info") else { return nil }
            let mallocInfo = unsafeBitCast(symbol, to: MallocInfo.self)
            var buffer: UnsafeMutablePointer<CChar>?
            var size = 0
            guard let stream = open_memstream(&buffer, &size) else { return nil }
            let status = mallocInfo(0, stream)
            fclose(stream)
            defer { free(buffer) }
            guard status == 0, let buffer else { return nil }
            return heapInUse(mallocInfo: String(cString: buffer))
        #else
            return nil
        #endif
    }

    /// The bytes in use that a `malloc_info` report gives in its closing totals (after the last `</heap>`):
    /// `system current` less the free chunks (`fast` and `rest`) plus `mmap`.
    static func heapInUse(mallocInfo report: String) -> Int? {
        guard let last = report.range(of: "</heap>", options: .backwards) else { return nil }
        var fields: [String: Int] = [:]
        for line in report[last.upperBound...].split(separator: "\n") {
            let parts = line.split(separator: "\"")
            // <total type="fast" count="0" size="0"/>, <system type="current" size="135168"/>
            guard parts.count >= 4, let size = Int(parts[parts.count - 2]) else { continue }
            let kind = line.hasPrefix("<total") ? "total " : line.hasPrefix("<system") ? "system " : "other "
            fields[kind + parts[1]] = size
        }
        guard let current = fields["system current"] else { return nil }
        return current - (fields["total fast"] ?? 0) - (fields["total rest"] ?? 0) + (fields["total mmap"] ?? 0)
    }

    /// A `kB` field of `/proc/self/status`, in bytes.
    static func statusField(_ name: String) -> Int? {
        #if os(Linux)
            let descriptor = open("/proc/self/status", O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { return nil }
            defer { close(descriptor) }
            var bytes: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
                if count <= 0 { break }
                bytes.append(contentsOf: chunk[0..<count])
            }
            let status = String(decoding: bytes, as: UTF8.self)
            for line in status.split(separator: "\n") where line.hasPrefix(name) {
                let digits = line.dropFirst(name.count).filter(\.isNumber)
                return Int(digits).map { $0 * 1024 }
            }
            return nil
        #else
            return nil
        #endif
    }

    /// A memory size as people read it: `812 MB`, `1.84 GB`.
    public static func format(_ bytes: Int) -> String {
        let value = Double(bytes)
        if value >= 1e9 { return String(format: "%.2f GB", value / 1e9) }
        return String(format: "%.0f MB", value / 1e6)
    }

    /// Parses a size such as `2GB`, `1.5G`, `800MB` or `800` (megabytes), in bytes; nil when it is not one.
    public static func parse(_ text: String) -> Int? {
        let lower = text.lowercased().filter { $0 != " " }
        let units: [(String, Double)] = [("gb", 1e9), ("g", 1e9), ("mb", 1e6), ("m", 1e6), ("kb", 1e3), ("k", 1e3)]
        var number = Substring(lower)
        var scale = 1e6
        for (suffix, factor) in units where lower.hasSuffix(suffix) {
            number = lower.dropLast(suffix.count)
            scale = factor
            break
        }
        guard let value = Double(number), value > 0, value.isFinite else { return nil }
        return Int(value * scale)
    }
}
