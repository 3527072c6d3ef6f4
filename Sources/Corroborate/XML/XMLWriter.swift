import CLibXML2

/// Writes an XML document through libxml2's text writer, so escaping is never made by hand. The document is
/// built in a buffer, which `drain` empties into a file as it fills.
/// Characters that XML 1.0 forbids (control characters from scraped pages) are dropped on the way in.
struct XMLWriter: ~Copyable {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

    init() {
        _ = LibXML2.initialized
        guard let buffer = LibXML2.xmlBufferCreate() else { fatalError("libxml2 could not allocate a buffer") }
        guard let writer = LibXML2.xmlNewTextWriterMemory(buffer) else {
            LibXML2.xmlBufferFree(buffer)
            fatalError("libxml2 could not create a text writer")
        }
        self.buffer = buffer
        self.writer = writer
        LibXML2.xmlTextWriterSetIndent(writer)
        LibXML2.xmlTextWriterStartDocument(writer)
    }

    deinit {
        LibXML2.xmlFreeTextWriter(writer)
        LibXML2.xmlBufferFree(buffer)
    }

    func start(_ name: String, namespace: String) {
        LibXML2.xmlTextWriterStartElementNS(writer, name, namespace)
    }

    func start(_ name: String) {
        LibXML2.xmlTextWriterStartElement(writer, name)
    }

    func attribute(_ name: String, _ value: String) {
        LibXML2.xmlTextWriterWriteAttribute(writer, name, XMLWriter.clean(value))
    }

    func text(_ value: String) {
        LibXML2.xmlTextWriterWriteString(writer, XMLWriter.clean(value))
    }

    func end() {
        LibXML2.xmlTextWriterEndElement(writer)
    }

    /// An element holding only text.
    func element(_ name: String, _ value: String) {
        start(name)
        text(value)
        end()
    }

    /// Ends the document and returns its text (what `drain` has not taken); the writer is consumed.
    consuming func finish() -> String {
        LibXML2.xmlTextWriterEndDocument(writer)
        // The writer flushes into the buffer when it ends the document.
        return LibXML2.xmlBufferContent(buffer)
    }

    /// Once the document written so far passes `threshold` bytes, moves it to `sink` and empties the buffer, so
    /// that a large document is written out in pieces rather than held whole. Call it between elements.
    func drain<Sink: TextSink>(into sink: inout Sink, threshold: Int = 1 << 20) {
        LibXML2.xmlTextWriterFlush(writer)
        guard LibXML2.xmlBufferLength(buffer) >= threshold else { return }
        sink.write(LibXML2.xmlBufferTake(buffer))
    }

    /// Drops characters outside XML 1.0's `Char` production.
    static func clean(_ value: String) -> String {
        let allowed = value.unicodeScalars.allSatisfy(isXMLCharacter)
        if allowed { return value }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: value.unicodeScalars.filter(isXMLCharacter))
        return String(scalars)
    }

    static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
