/**
 * The audit trail: who changed what, when, from which value to which, and why. Append-only, and written in the same
 * transaction as the change it records, so that a change without its audit entry cannot be committed. Modules call
 * {@link vn.ictindex.audit.AuditTrail} directly (see docs/decisions/0002).
 */
package vn.ictindex.audit;
