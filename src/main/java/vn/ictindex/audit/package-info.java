/**
 * The audit trail: who changed what, when, from which value to which, and why. Append-only, and written in the same
 * transaction as the change it records, so that a change without its audit entry cannot be committed. Modules call
 * {@link vn.ictindex.audit.AuditTrail} directly (see docs/decisions/0002). Tamper-evident: each entry carries the hash
 * of the one before and its own hash ({@link vn.ictindex.audit.AuditHash}, docs/audit.md), appends take turns on a
 * locked head row, and {@link vn.ictindex.audit.AuditTrail#verify()} finds the first entry that was changed, removed
 * or moved. Who may read which entries is decided where accounts are known ({@code assessment.AuditLog}).
 */
package vn.ictindex.audit;
