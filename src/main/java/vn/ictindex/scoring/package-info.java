/**
 * The scoring engine: a pure function from one appendix of a criteria version and the inputs of every unit in its
 * target group to points per node (each with a readable trace), totals, classification and rank.
 *
 * <p>Plain Java 17 only: no Spring, no JDBC, no I/O, no clock ({@code ScoringArchitectureTest} checks it). The same
 * appendix and inputs give the same result on any machine. Everything else in ictindex either collects the inputs of
 * this engine or presents its outputs.
 *
 * <p>{@code Rules} defines every rule's arithmetic and trace. For speed, {@code CompiledAppendix} keeps a unit's
 * results as columns and rebuilds a node's trace when it is read, and {@code RoundedLeaf} computes, in whole numbers,
 * the rounded points of leaves whose exact points nobody reads, only where it provably agrees with {@code Rules}
 * (docs/decisions/0006 and 0007, docs/performance.md).
 */
package vn.ictindex.scoring;
