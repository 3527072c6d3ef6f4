import ArgumentParser
import Corroborate
import Foundation

extension TextCommand {
    /// `text URL`: the page fetched as `add` fetches it (robots.txt, redirects, limits), then shown like a file.
    func showPage(_ url: String) throws {
        let document: Document
        do {
            document = try Intake(corroborator: Corroborator(), fetcher: PageFetcher()).document(at: url)
        } catch {
            Console.error("\(error)")
            throw ExitCode(ExitStatus.skippedInput)
        }
        if !quiet { for warning in document.warnings { Console.error("\(url): warning: \(warning)") } }
        Console.show(textOnly ? document.text : TextDump.render(document, sentences: Segmenter().analyze(document)))
    }
}
