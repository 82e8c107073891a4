package vn.ictindex.scoring;

/** The group of units an appendix applies to and ranks together (for example "Khối sở, ban, ngành"). */
public record TargetGroup(String code, String name) {
}
