package vn.ictindex.consultation.web;

import java.util.List;

/**
 * The round form as typed: the draft as {@code code@version}, the deadline as dd/MM/yyyy, the chosen units, target
 * groups (appendix ids) and council members.
 */
record ConsultationForm(String criteria, String title, String deadline, String coverNote, List<Long> units,
                        List<String> groups, List<Long> council, Boolean allCouncil, Integer version) {

    public List<Long> unitsOrEmpty() {
        return units == null ? List.of() : units;
    }

    public List<String> groupsOrEmpty() {
        return groups == null ? List.of() : groups;
    }

    public List<Long> councilOrEmpty() {
        return council == null ? List.of() : council;
    }

    public boolean everyCouncilMember() {
        return Boolean.TRUE.equals(allCouncil);
    }
}
