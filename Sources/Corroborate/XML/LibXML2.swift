import CLibXML2

/// The only place that calls libxml2: one small function per C call, each named after the function it wraps,
/// so that C pointers and manual memory management stay inside this folder.
enum LibXML2 {
    /// Calls `xmlInitParser` once; libxml2 needs it before parsing on several threads.
    static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Calls `xmlSetStructuredErrorFunc` with a handler that drops messages, so that libxml2 never writes to
    /// standard error; callers read `xmlGetLastError` instead. The handler is per thread, so each entry point
    /// sets it.
    static func silence() {
        xmlSetStructuredErrorFunc(nil, { _, _ in })
    }

    /// Calls `htmlReadMemory` with recovery on, network access off and diagnostics silenced.
    static func htmlReadMemory(_ bytes: [UInt8]) -> xmlDocPtr? {
        _ = initialized
        silence()
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                CLibXML2.htmlReadMemory(pointer, Int32(buffer.count), "page.html", "UTF-8", options)
            }
        }
    }

    /// Calls `xmlReadMemory` with network access off and diagnostics silenced; `nil` when not well-formed.
    static func xmlReadMemory(_ bytes: [UInt8]) -> xmlDocPtr? {
        _ = initialized
        silence()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        if bytes.isEmpty { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                CLibXML2.xmlReadMemory(pointer, Int32(buffer.count), "document.xml", nil, options)
            }
        }
    }

    /// Calls `xmlFreeDoc`.
    static func xmlFreeDoc(_ doc: xmlDocPtr) {
        CLibXML2.xmlFreeDoc(doc)
    }

    /// Calls `xmlDocGetRootElement`.
    static func xmlDocGetRootElement(_ doc: xmlDocPtr) -> xmlNodePtr? {
        CLibXML2.xmlDocGetRootElement(doc)
    }

    /// Calls `xmlGetProp` and frees the C string it returns.
    static func xmlGetProp(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = CLibXML2.xmlGetProp(node, name) else { return nil }
        defer { clibxml2_free(value) }
        return String(cString: value)
    }

    /// Calls `xmlGetLastError` and returns its message, trimmed.
    static func xmlGetLastError() -> String? {
        guard let error = CLibXML2.xmlGetLastError(), let message = error.pointee.message else { return nil }
        let line = error.pointee.line
        let text = String(cString: message).trimmingWhitespace()
        return line > 0 ? "line \(line): \(text)" : text
    }

    /// Calls `xmlResetLastError`.
    static func xmlResetLastError() {
        CLibXML2.xmlResetLastError()
    }

    // MARK: Schemas

    /// Calls `xmlSchemaNewMemParserCtxt`, `xmlSchemaParse` and `xmlSchemaFreeParserCtxt`.
    static func xmlSchemaParse(_ bytes: [UInt8]) -> xmlSchemaPtr? {
        _ = initialized
        silence()
        return bytes.withUnsafeBufferPointer { buffer -> xmlSchemaPtr? in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                guard let context = xmlSchemaNewMemParserCtxt(pointer, Int32(buffer.count)) else { return nil }
                defer { xmlSchemaFreeParserCtxt(context) }
                xmlSchemaSetParserStructuredErrors(context, { _, _ in }, nil)
                return CLibXML2.xmlSchemaParse(context)
            }
        }
    }

    /// Calls `xmlSchemaFree`.
    static func xmlSchemaFree(_ schema: xmlSchemaPtr) {
        CLibXML2.xmlSchemaFree(schema)
    }

    /// Calls `xmlSchemaNewValidCtxt`, `xmlSchemaSetValidStructuredErrors` and `xmlSchemaValidateDoc`,
    /// returning the messages libxml2 reported (empty when the document is valid).
    static func xmlSchemaValidateDoc(_ schema: xmlSchemaPtr, _ doc: xmlDocPtr) -> [String] {
        guard let context = xmlSchemaNewValidCtxt(schema) else { return ["cannot create a validation context"] }
        defer { xmlSchemaFreeValidCtxt(context) }
        let collector = MessageCollector()
        let unmanaged = Unmanaged.passRetained(collector)
        defer { unmanaged.release() }
        xmlSchemaSetValidStructuredErrors(
            context,
            { userData, error in
                guard let userData, let error, let message = error.pointee.message else { return }
                let collector = Unmanaged<MessageCollector>.fromOpaque(userData).takeUnretainedValue()
                let text = String(cString: message).trimmingWhitespace()
                collector.messages.append(error.pointee.line > 0 ? "line \(error.pointee.line): \(text)" : text)
            }, unmanaged.toOpaque())
        let result = CLibXML2.xmlSchemaValidateDoc(context, doc)
        if result != 0 && collector.messages.isEmpty {
            collector.messages.append("the document is not valid (libxml2 code \(result))")
        }
        return collector.messages
    }

    // MARK: Text writer

    /// Calls `xmlBufferCreate`.
    static func xmlBufferCreate() -> xmlBufferPtr? { CLibXML2.xmlBufferCreate() }

    /// Calls `xmlBufferFree`.
    static func xmlBufferFree(_ buffer: xmlBufferPtr) { CLibXML2.xmlBufferFree(buffer) }

    /// Calls `xmlBufferContent` and copies the bytes out.
    static func xmlBufferContent(_ buffer: xmlBufferPtr) -> String {
        guard let content = CLibXML2.xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    /// Copies the buffer's bytes out and empties it (`xmlBufferContent`, `xmlBufferLength`, `xmlBufferEmpty`).
    static func xmlBufferTake(_ buffer: xmlBufferPtr) -> [UInt8] {
        let count = Int(CLibXML2.xmlBufferLength(buffer))
        guard count > 0, let content = CLibXML2.xmlBufferContent(buffer) else { return [] }
        let bytes = Array(UnsafeBufferPointer(start: content, count: count))
        CLibXML2.xmlBufferEmpty(buffer)
        return bytes
    }

    /// Calls `xmlBufferLength`.
    static func xmlBufferLength(_ buffer: xmlBufferPtr) -> Int { Int(CLibXML2.xmlBufferLength(buffer)) }

    /// Calls `xmlTextWriterFlush`: what the writer holds reaches its buffer.
    @discardableResult
    static func xmlTextWriterFlush(_ writer: xmlTextWriterPtr) -> Int32 { CLibXML2.xmlTextWriterFlush(writer) }

    /// Calls `xmlNewTextWriterMemory`.
    static func xmlNewTextWriterMemory(_ buffer: xmlBufferPtr) -> xmlTextWriterPtr? {
        CLibXML2.xmlNewTextWriterMemory(buffer, 0)
    }

    /// Calls `xmlFreeTextWriter`.
    static func xmlFreeTextWriter(_ writer: xmlTextWriterPtr) { CLibXML2.xmlFreeTextWriter(writer) }

    /// Calls `xmlTextWriterSetIndent` and `xmlTextWriterSetIndentString`.
    static func xmlTextWriterSetIndent(_ writer: xmlTextWriterPtr) {
        CLibXML2.xmlTextWriterSetIndent(writer, 1)
        CLibXML2.xmlTextWriterSetIndentString(writer, "  ")
    }

    /// Calls `xmlTextWriterStartDocument`.
    @discardableResult
    static func xmlTextWriterStartDocument(_ writer: xmlTextWriterPtr) -> Int32 {
        CLibXML2.xmlTextWriterStartDocument(writer, nil, "UTF-8", nil)
    }

    /// Calls `xmlTextWriterEndDocument`.
    @discardableResult
    static func xmlTextWriterEndDocument(_ writer: xmlTextWriterPtr) -> Int32 {
        CLibXML2.xmlTextWriterEndDocument(writer)
    }

    /// Calls `xmlTextWriterStartElement`.
    @discardableResult
    static func xmlTextWriterStartElement(_ writer: xmlTextWriterPtr, _ name: String) -> Int32 {
        CLibXML2.xmlTextWriterStartElement(writer, name)
    }

    /// Calls `xmlTextWriterStartElementNS` for the root element with its default namespace.
    @discardableResult
    static func xmlTextWriterStartElementNS(_ writer: xmlTextWriterPtr, _ name: String, _ namespace: String) -> Int32 {
        CLibXML2.xmlTextWriterStartElementNS(writer, nil, name, namespace)
    }

    /// Calls `xmlTextWriterEndElement`.
    @discardableResult
    static func xmlTextWriterEndElement(_ writer: xmlTextWriterPtr) -> Int32 {
        CLibXML2.xmlTextWriterEndElement(writer)
    }

    /// Calls `xmlTextWriterWriteAttribute`.
    @discardableResult
    static func xmlTextWriterWriteAttribute(_ writer: xmlTextWriterPtr, _ name: String, _ value: String) -> Int32 {
        CLibXML2.xmlTextWriterWriteAttribute(writer, name, value)
    }

    /// Calls `xmlTextWriterWriteString`.
    @discardableResult
    static func xmlTextWriterWriteString(_ writer: xmlTextWriterPtr, _ text: String) -> Int32 {
        CLibXML2.xmlTextWriterWriteString(writer, text)
    }
}

/// Receives libxml2's structured error callbacks through an opaque pointer.
private final class MessageCollector {
    var messages: [String] = []
}
