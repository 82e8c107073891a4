package vn.ictindex.audit.cli;

import vn.ictindex.audit.AuditTrail;
import vn.ictindex.audit.AuditVerification;

import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * {@code java -jar ictindex.jar audit verify [--spring.datasource.url=…]}: checks the audit trail's hash chain in the
 * application's database (the same settings as the server, so {@code SPRING_DATASOURCE_*} select PostgreSQL) and
 * prints the result in Vietnamese. Exit code 0 when the chain is intact, 1 when it is broken, 2 for a wrong command
 * line, 3 when the database could not be read.
 */
public final class AuditCommandLine {

    static final int INTACT = 0;
    static final int BROKEN = 1;
    static final int USAGE = 2;
    static final int UNREADABLE = 3;

    private AuditCommandLine() {
    }

    /**
     * Runs {@code args} (starting with "audit").
     *
     * @param trail starts the application without its web server and hands out the trail; called only when the
     *              command line is right
     */
    public static int run(String[] args, Supplier<AuditTrail> trail, PrintStream out, PrintStream err) {
        if (args.length < 2 || !args[1].equals("verify")) {
            err.println("""
                    Cách dùng / usage:
                      java -jar ictindex.jar audit verify [--spring.datasource.url=… --spring.datasource.username=…]
                    Kiểm tra chuỗi mã băm của nhật ký thay đổi (docs/audit.md).""");
            return USAGE;
        }
        AuditVerification result;
        try {
            result = trail.get().verify();
        } catch (RuntimeException e) {
            err.println("Không đọc được nhật ký thay đổi trong cơ sở dữ liệu: " + rootMessage(e));
            return UNREADABLE;
        }
        if (result.isIntact()) {
            out.println(result.message());
            return INTACT;
        }
        err.println(result.message());
        return BROKEN;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
