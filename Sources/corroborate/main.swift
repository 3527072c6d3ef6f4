import Corroborate
let c = Corroborator()
let a = c.run(paths: Array(CommandLine.arguments.dropFirst()))
print(TerminalReport().conflicts(a))
for r in a.relations where !r.type.isContradiction { print(r.id, r.type, r.rule, r.claims, r.explanation.prefix(150)) }
print(TerminalReport().sources(a))
