import Corroborate
import Foundation

private let corroborator = Corroborator()
private let ingester = Ingester()

/// Runs ingest, segmentation, extraction, source resolution, claims and comparison on one input. Any crash,
/// hang or sanitizer report is a bug: bad input must give an error, never a crash.
public func exercise(_ bytes: [UInt8]) {
    // The first byte picks how the input is presented: as a text file, as an HTML page, or unnamed.
    let names = ["fuzz.txt", "fuzz.html", "fuzz"]
    let name = names[Int(bytes.first ?? 0) % names.count]
    guard let document = try? ingester.document(from: Array(bytes.dropFirst()), path: name) else { return }
    let article = corroborator.analyze(document)
    let analysis = corroborator.compare([article, article])
    _ = ExtractionJSONL.lines(for: article)
    _ = analysis.relations.count
}

/// The libFuzzer entry point; linked into a fuzzer binary by the README's fuzzing command.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    exercise(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}
