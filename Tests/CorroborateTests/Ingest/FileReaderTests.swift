import Corroborate
import Foundation
import Testing

/// Reading a file whole: every byte, whatever the size against the read buffers, and never past the limit.
@Suite("File reader")
struct FileReaderTests {
    /// Bytes that differ from one place to the next, so a dropped or repeated stretch shows.
    static func bytes(_ count: Int) -> [UInt8] {
        var state: UInt32 = 2_463_534_242
        return (0..<count).map { _ in
            state ^= state << 13
            state ^= state >> 17
            state ^= state << 5
            return UInt8(truncatingIfNeeded: state)
        }
    }

    @Test(
        "A regular file is read byte for byte, empty, smaller than, equal to and past the read buffers",
        arguments: [0, 1, 4095, 4096, 4097, 65_535, 65_536, 65_537, 300_001])
    func wholeFile(size: Int) throws {
        let folder = try TemporaryFolder()
        let expected = FileReaderTests.bytes(size)
        let path = try folder.write("a.txt", Data(expected))
        #expect(try FileReader.read(path: path, limit: 1_000_000) == expected)
    }

    @Test("A file over the limit is refused by its size, naming the file; one at the limit is read")
    func limit() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("big.txt", Data(FileReaderTests.bytes(5000)))
        #expect(try FileReader.read(path: path, limit: 5000).count == 5000)
        #expect(throws: IngestError.tooLarge(path, bytes: 5000, limit: 4999)) {
            try FileReader.read(path: path, limit: 4999)
        }
    }

    #if os(Linux)
        @Test("A file that states no size but has content (a /proc file) is read to its end as a stream")
        func sizeless() throws {
            let text = try FileReader.read(path: "/proc/self/status", limit: 1_000_000)
            #expect(String(decoding: text, as: UTF8.self).contains("Name:"))
        }
    #endif
}
