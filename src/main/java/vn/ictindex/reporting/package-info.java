/**
 * Reporting: the spreadsheets a department sends and files, and the ones agencies fill in offline. A unit's
 * self-assessment table in the appendix layout ({@link vn.ictindex.reporting.UnitScoreTables}), the input workbook
 * that goes out blank or half filled and comes back through a preview ({@link vn.ictindex.reporting.InputImports}),
 * and the whole-period workbook with its ranking tables, written by streaming and generated in the background
 * ({@link vn.ictindex.reporting.ReportJobs}), whose final scores are those of the stored result snapshots when there
 * are any. The cycle's documents (PDF and DOCX: preliminary report, council minutes, draft decision, results letter,
 * {@link vn.ictindex.reporting.CycleDocuments}) and the year-over-year comparison of published results
 * ({@link vn.ictindex.reporting.YearOverYear}). It never computes a score itself: points come from the engine or the
 * snapshots.
 */
package vn.ictindex.reporting;
