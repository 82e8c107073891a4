package vn.ictindex;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
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
        SpringApplication.run(IctindexApplication.class, args);
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
