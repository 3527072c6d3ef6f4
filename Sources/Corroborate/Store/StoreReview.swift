import Foundation
import GRDB

extension StoryStore {
    /// Records a person's verdict on a relation (`r12`, or `12`). The verdict is about the claims the relation
    /// joins, not its row: a relation found again between the same statements carries it too, and one marked
    /// wrong is left out of every later report (listed apart, with who reviewed it). A later review of the same
    /// claims replaces an earlier one.
    public func review(relation id: String, verdict: RelationReview.Verdict, note: String?, reviewer: String)
        throws(StoreError) -> (relation: Relation, review: RelationReview)
    {
        let digits = id.hasPrefix("r") ? String(id.dropFirst()) : id
        guard let number = Int64(digits) else { throw .unknownRelation(path, id: id) }
        let review = RelationReview(verdict: verdict, note: note, reviewer: reviewer, at: StoryStore.timestamp())
        let found: Relation? = try guarded {
            var found: Relation?
            try queue.inTransaction(.immediate) { db in
                guard
                    let row = try Row.fetchOne(
                        db, sql: "SELECT claimKey, data FROM relation WHERE id = ?", arguments: [number])
                else { return .rollback }
                var relation = try JSONDecoder().decode(Relation.self, from: row["data"] as Data)
                relation.id = "r\(number)"
                try db.execute(
                    sql:
                        "INSERT INTO review (relation, claimKey, verdict, note, reviewer, at) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [number, row["claimKey"] as String, verdict.rawValue, note, reviewer, review.at])
                found = relation
                return .commit
            }
            return found
        }
        guard let found else { throw .unknownRelation(path, id: id) }
        return (found, review)
    }
}
