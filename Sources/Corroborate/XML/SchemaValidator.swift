import CLibXML2

/// Validates XML documents against an XML Schema with libxml2 and returns libxml2's own messages.
public struct SchemaValidator: Sendable {
    private let schemaText: [UInt8]

    /// A validator for the schema whose text is given.
    public init(schema: String) {
        self.schemaText = Array(schema.utf8)
    }

    /// The problems found: empty when `xml` is well-formed and valid. Each message comes from libxml2.
    public func problems(in xml: [UInt8]) -> [String] {
        let schema = LoadedSchema(schemaText)
        guard let schema else { return ["the schema itself could not be parsed"] }
        if MarkupGuard.clean(xml, html: false).truncatedElements > 0 {
            // libxml2 would take the square of their number to parse it.
            return [
                "an element has more than \(MarkupGuard.attributeLimit) attributes, which no report has; not parsed"
            ]
        }
        LibXML2.xmlResetLastError()
        guard let document = ParsedXML(xml) else {
            return ["not well-formed XML: " + (LibXML2.xmlGetLastError() ?? "unknown parse error")]
        }
        return schema.validate(document)
    }
}

/// Owns a parsed XML document and frees it.
private struct ParsedXML: ~Copyable {
    let doc: xmlDocPtr

    init?(_ bytes: [UInt8]) {
        guard let doc = LibXML2.xmlReadMemory(bytes) else { return nil }
        self.doc = doc
    }

    deinit { LibXML2.xmlFreeDoc(doc) }
}

/// Owns a compiled schema and frees it.
private struct LoadedSchema: ~Copyable {
    let schema: xmlSchemaPtr

    init?(_ bytes: [UInt8]) {
        guard let schema = LibXML2.xmlSchemaParse(bytes) else { return nil }
        self.schema = schema
    }

    deinit { LibXML2.xmlSchemaFree(schema) }

    func validate(_ document: borrowing ParsedXML) -> [String] {
        LibXML2.xmlSchemaValidateDoc(schema, document.doc)
    }
}
