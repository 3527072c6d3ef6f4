import Corroborate
let ingester = Ingester()
for path in CommandLine.arguments.dropFirst() {
    do {
        let doc = try ingester.read(.init(path: path))
        print(doc.metadata, doc.furniture, doc.warnings)
        let a = Segmenter().analyze(doc)
        for s in a.sentences { print(s.isFurniture ? "F" : " ", s.paragraph, "|", doc.text(of: s.span)) }
        for q in a.quotations { print("Q", q.isClosed, q.pieces.map { doc.text(of: $0) }) }
    } catch { print("ERR", error) }
}
