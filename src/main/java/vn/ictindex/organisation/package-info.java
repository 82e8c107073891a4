/**
 * The units that are evaluated (agencies and localities) and the target groups they belong to. Units carry validity
 * dates and lineage (mergers, renames) so that years stay comparable; nothing is keyed on a name and no history is
 * deleted. Lists of units are sorted the Vietnamese way (Đ after D, Ư after U).
 */
package vn.ictindex.organisation;
