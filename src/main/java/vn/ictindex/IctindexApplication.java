package vn.ictindex;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import vn.ictindex.audit.AuditTrail;
import vn.ictindex.audit.cli.AuditCommandLine;
import vn.ictindex.criteria.cli.CriteriaCommandLine;

import java.time.Clock;

/**
 * Starts the web application, or runs an offline command when the first argument names one
 * ({@code java -jar ictindex.jar criteria validate FILE}).
 */
@SpringBootApplication
public class IctindexApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("criteria")) {
            System.exit(CriteriaCommandLine.run(args, System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("audit")) {
            System.exit(audit(args));
        }
        SpringApplication.run(IctindexApplication.class, args);
    }

    /**
     * Starts the application without listening on a port (the web context stays: the security configuration needs
     * it) and without demo data, runs the audit command, and stops it again.
     */
    private static int audit(String[] args) {
        ConfigurableApplicationContext[] context = new ConfigurableApplicationContext[1];
        try {
            return AuditCommandLine.run(args, () -> {
                context[0] = new SpringApplicationBuilder(IctindexApplication.class)
                        .properties("server.port=-1", "spring.main.banner-mode=off", "logging.level.root=WARN",
                                "ictindex.demo-data.enabled=false")
                        .run(java.util.Arrays.stream(args).skip(2).toArray(String[]::new));
                return context[0].getBean(AuditTrail.class);
            }, System.out, System.err);
        } finally {
            if (context[0] != null) {
                context[0].close();
            }
        }
    }

    /**
     * The one clock of the application, in Vietnam's time zone: deadlines, "today" and the lock after the
     * self-assessment closes are Vietnamese dates whatever zone the server runs in. Tests replace it to fix "now".
     */
    @Bean
    Clock clock() {
        return Clock.system(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
