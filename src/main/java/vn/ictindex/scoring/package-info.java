/**
 * The scoring engine: a pure function from one appendix of a criteria version and the inputs of every unit in its
 * target group to points per node (each with a readable trace), totals, classification and rank.
 *
 * <p>Plain Java 17 only: no Spring, no JDBC, no I/O, no clock ({@code ScoringArchitectureTest} checks it). The same
 * appendix and inputs give the same result on any machine. Everything else in ictindex either collects the inputs of
 * this engine or presents its outputs.
 */
package vn.ictindex.scoring;
