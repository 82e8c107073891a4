package vn.ictindex.scoring;

/** Reading a group result in tests: the node or the unit a test is about, failing loudly when absent. */
final class Scored {

    private Scored() {
    }

    static UnitResult unit(GroupResult result, String unitId) {
        return result.unit(unitId).orElseThrow(() -> new AssertionError("no unit " + unitId + " in the result"));
    }

    static NodeResult node(GroupResult result, String unitId, String nodeKey) {
        return node(unit(result, unitId), nodeKey);
    }

    static NodeResult node(UnitResult unit, String nodeKey) {
        return unit.node(nodeKey).orElseThrow(() -> new AssertionError("no node " + nodeKey + " for " + unit.unitId()));
    }

    /** The node of the first unit, for tests that score a single unit. */
    static NodeResult only(GroupResult result, String nodeKey) {
        return node(result.units().get(0), nodeKey);
    }
}
