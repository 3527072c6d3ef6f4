import Corroborate
import Foundation

private let corroborator = Corroborator()
private let ingester = Ingester()
private let validator = SchemaValidator(schema: XMLReport.schema)

/// Runs ingest, segmentation, extraction, source resolution, claims, comparison and the reports on one input,
/// or `validate`'s schema check. Any crash, hang or sanitizer report is a bug: bad input must give an error,
/// never a crash.
public func exercise(_ bytes: [UInt8]) {
    // The first byte picks how the input is presented: as a text file, as an HTML page, unnamed, or as an XML
    // report handed to `validate`.
    let names = ["fuzz.txt", "fuzz.html", "fuzz", "report.xml"]
    let name = names[Int(bytes.first ?? 0) % names.count]
    let body = Array(bytes.dropFirst())
    if name == "report.xml" {
        _ = validator.problems(in: body)
        return
    }
    guard let document = try? ingester.document(from: body, path: name) else { return }
    let article = corroborator.analyze(document)
    let analysis = corroborator.compare([article, article])
    _ = ExtractionJSONL.lines(for: article)
    _ = JSONReport.render(analysis)
    _ = TerminalReport(color: true).conflicts(analysis)
    _ = analysis.relations.count
}

/// The libFuzzer entry point; linked into a fuzzer binary by the README's fuzzing command.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    exercise(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}
