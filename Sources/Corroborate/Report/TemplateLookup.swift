import Mustache

// Lookups by name for the values the templates visit most often (every piece of article text, every matrix cell).
// swift-mustache otherwise reflects on a value with `Mirror` at each `{{name}}`, which made the report of 250
// articles take twice as long as the analysis before it. Each key is the property's own name.

extension ArticleText.Piece: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": return self.text
        case "role": return self.role
        case "styled": return self.styled
        case "isContent": return self.isContent
        case "anchor": return self.anchor
        default: return nil
        }
    }
}

extension ArticleText.Paragraph: MustacheParent {
    func child(named name: String) -> Any? { name == "pieces" ? self.pieces : nil }
}

extension ArticleText.Anchor: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "speaker": return self.speaker
        case "links": return self.links
        case "hasLinks": return self.hasLinks
        default: return nil
        }
    }
}

extension CorroborationMatrix.Cell: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "reported": return self.reported
        case "state": return self.state
        case "symbol": return self.symbol
        case "verdict": return self.verdict
        case "claim": return self.claim
        case "source": return self.source
        case "groupStart": return self.groupStart
        default: return nil
        }
    }
}

extension CorroborationMatrix.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "place": return self.place
        case "what": return self.what
        case "date": return self.date
        case "crossSide": return self.crossSide
        case "independent": return self.independent
        case "cells": return self.cells
        case "others": return self.others
        default: return nil
        }
    }
}

extension Review.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "kind": return self.kind
        case "count": return self.count
        default: return nil
        }
    }
}

// The values a lookup climbs through when a piece or a cell lacks a name (`{{#anchor}}` on most pieces).

extension ArticleText: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": return self.label
        case "details": return self.details
        case "paragraphs": return self.paragraphs
        default: return nil
        }
    }
}

extension ArticleLabel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": return self.anchor
        case "number": return self.number
        case "headline": return self.headline
        case "outlet": return self.outlet
        case "path": return self.path
        default: return nil
        }
    }
}

extension CorroborationMatrix: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "hasEvents": return self.hasEvents
        case "groups": return self.groups
        case "columns": return self.columns
        case "rows": return self.rows
        case "hasRows": return self.hasRows
        case "hasOthers": return self.hasOthers
        case "single": return self.single
        case "singleSummary": return self.singleSummary
        case "columnsNote": return self.columnsNote
        default: return nil
        }
    }
}

extension ReportPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "lede": return self.lede
        case "hasChecks": return self.hasChecks
        case "summary": return self.summary
        case "problems": return self.problems
        case "hasProblems": return self.hasProblems
        case "checks": return self.checks
        case "contradictions": return self.contradictions
        case "noContradictions": return self.noContradictions
        case "variants": return self.variants
        case "hasVariants": return self.hasVariants
        case "corroboration": return self.corroboration
        case "reviews": return self.reviews
        case "articles": return self.articles
        case "articlesNote": return self.articlesNote
        case "css": return self.css
        case "newSince": return self.newSince
        case "dismissed": return self.dismissed
        case "hasDismissed": return self.hasDismissed
        case "dismissedSummary": return self.dismissedSummary
        default: return nil
        }
    }
}

extension Review: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "article": return self.article
        case "outletName": return self.outletName
        case "statements": return self.statements
        case "attributed": return self.attributed
        case "share": return self.share
        case "unattributed": return self.unattributed
        case "directQuotes": return self.directQuotes
        case "anonymous": return self.anonymous
        case "kinds": return self.kinds
        case "sources": return self.sources
        case "hasSources": return self.hasSources
        case "singleSourced": return self.singleSourced
        case "hasSingle": return self.hasSingle
        case "moreSingle": return self.moreSingle
        default: return nil
        }
    }
}

extension RelationCard: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "type": return self.type
        case "badge": return self.badge
        case "rule": return self.rule
        case "score": return self.score
        case "sides": return self.sides
        case "explanation": return self.explanation
        case "isNew": return self.isNew
        case "review": return self.review
        default: return nil
        }
    }
}

extension RelationCard.Side: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "source": return self.source
        case "kind": return self.kind
        case "before": return self.before
        case "words": return self.words
        case "after": return self.after
        case "claim": return self.claim
        case "article": return self.article
        default: return nil
        }
    }
}

extension CorroborationMatrix.Column: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "kind": return self.kind
        case "groupStart": return self.groupStart
        default: return nil
        }
    }
}

extension CorroborationMatrix.SingleEvent: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "place": return self.place
        case "what": return self.what
        case "date": return self.date
        case "sources": return self.sources
        case "claims": return self.claims
        default: return nil
        }
    }
}
