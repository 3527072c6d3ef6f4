import Corroborate
let c = Corroborator()
let (inputs, errors) = Ingester.inputs(for: Array(CommandLine.arguments.dropFirst()))
for e in errors { print(e) }
for r in c.analyzeInputs(inputs) {
    switch r {
    case .success(let a): print(ExtractionJSONL.lines(for: a), terminator: "")
    case .failure(let e): print("ERR \(e)")
    }
}
