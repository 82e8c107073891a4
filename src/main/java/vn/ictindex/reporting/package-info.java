/**
 * Reporting: the spreadsheets a department sends and files, and the ones agencies fill in offline. A unit's
 * self-assessment table in the appendix layout ({@link vn.ictindex.reporting.UnitScoreTables}), the input workbook
 * that goes out blank or half filled and comes back through a preview ({@link vn.ictindex.reporting.InputImports}),
 * and the whole-period workbook with its ranking tables, written by streaming and generated in the background
 * ({@link vn.ictindex.reporting.ReportJobs}). It never computes a score itself: points come from the engine.
 */
package vn.ictindex.reporting;
