/**
 * Results: the engine run on the final score layer for a whole target group and stored as an immutable snapshot
 * ({@link vn.ictindex.results.ResultSnapshots}), preliminary results sent to the units with a window for objections
 * ({@link vn.ictindex.results.Objections}), the publication of final results and the rankings, scorecards and public
 * page read from published snapshots. Who may see which snapshot is decided in one place,
 * {@link vn.ictindex.results.ResultsVisibility}.
 */
package vn.ictindex.results;
