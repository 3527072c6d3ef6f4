import ArgumentParser

/// `corroborate`: cross-verifies news articles.
struct CorroborateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corroborate",
        abstract: "Cross-verify news: who said what, where sources agree, where they conflict.",
        discussion: """
            Reads articles (plain text or saved HTML pages; files, folders, or - for standard input), finds every \
            attributed statement, gives each a canonical source, compares the claims across sources and \
            articles, and reports agreements, contradictions and how each article is sourced. Every flag cites \
            its evidence: the sources, their exact words, and the rule that fired.

            Examples:
              corroborate report seeds --output Reports/
              corroborate conflicts articles/
              corroborate sources story.html
              corroborate extract seeds --format jsonl > attributions.jsonl
              corroborate text seeds/002_ce4066a8daddc646.txt
              corroborate add story.sqlite seeds/ && corroborate report story.sqlite --since-last --output Reports/

            Exit codes: 0 success; 1 a bad input was skipped (the rest were still analysed and reported); \
            2 usage or data error (bad option, an output that cannot be written, or no input could be read at \
            all); 128+N ended by signal N, with temporary files removed.
            """,
        subcommands: [
            ReportCommand.self, AddCommand.self, ReviewCommand.self, ConflictsCommand.self, SourcesCommand.self,
            ExtractCommand.self, TextCommand.self,
            CheckCommand.self, ValidateCommand.self, EvaluateCommand.self, TrainCuesCommand.self,
            TrainTaggerCommand.self, TrainRelationsCommand.self,
            TrainStanceCommand.self,
            BenchCommand.self, BenchStoreCommand.self,
        ]
    )
}
