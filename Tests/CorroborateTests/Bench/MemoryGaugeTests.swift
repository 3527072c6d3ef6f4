import Foundation
import Testing

@testable import Corroborate

@Suite("Memory measurement")
struct MemoryGaugeTests {
    @Test(
        "Sizes are read as people write them; anything else is refused",
        arguments: [
            ("2GB", 2_000_000_000), ("1.5G", 1_500_000_000), ("800MB", 800_000_000), ("800", 800_000_000),
            ("64 kb", 64_000), ("2gb", 2_000_000_000),
        ] as [(String, Int?)] + [("", nil), ("GB", nil), ("-1GB", nil), ("two", nil), ("0", nil)])
    func parse(text: String, bytes: Int?) {
        #expect(MemoryGauge.parse(text) == bytes)
    }

    @Test(
        "Figures are written in megabytes, or gigabytes past one",
        arguments: [
            (812_000_000, "812 MB"), (1_840_000_000, "1.84 GB"), (0, "0 MB"),
        ])
    func format(bytes: Int, text: String) {
        #expect(MemoryGauge.format(bytes) == text)
    }

    @Test("The heap in use is the closing totals of malloc_info: current size less free chunks, plus mapped blocks")
    func mallocInfoTotals() {
        let report = """
            <malloc version="1">
            <heap nr="0">
            <sizes>
            </sizes>
            <total type="fast" count="1" size="9"/>
            <total type="rest" count="2" size="99"/>
            <system type="current" size="999"/>
            </heap>
            <total type="fast" count="3" size="100"/>
            <total type="rest" count="4" size="2000"/>
            <total type="mmap" count="1" size="50000"/>
            <system type="current" size="10000"/>
            <system type="max" size="20000"/>
            <aspace type="total" size="10000"/>
            </malloc>
            """
        #expect(MemoryGauge.heapInUse(mallocInfo: report) == 10000 - 100 - 2000 + 50000)
        #expect(MemoryGauge.heapInUse(mallocInfo: "<malloc version=\"1\"></malloc>") == nil)
    }

    #if os(Linux)
        @Test("On Linux the heap in use is known, and a peak reset leaves room to see 64 MB touched")
        func peakAfterReset() throws {
            #expect(try #require(MemoryGauge.heapInUse()) > 0)
            #expect(MemoryGauge.resetPeak())
            let held = [UInt8](repeating: 1, count: 64 << 20)
            #expect(MemoryGauge.peakResident() >= 64 << 20)
            #expect(MemoryGauge.peakResident() >= MemoryGauge.resident() - (4 << 20))
            #expect(held[held.count - 1] == 1)
        }
    #endif
}
