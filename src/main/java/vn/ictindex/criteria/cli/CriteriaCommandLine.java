package vn.ictindex.criteria.cli;

import java.io.PrintStream;

public final class CriteriaCommandLine {
    private CriteriaCommandLine() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return 2;
    }
}
