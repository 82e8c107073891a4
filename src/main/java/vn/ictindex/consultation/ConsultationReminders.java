package vn.ictindex.consultation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The daily job that reminds recipients who have not answered, from {@code ictindex.consultation.remind-days-before}
 * days before a round's deadline until the deadline. Several instances may run it: the reminder table takes one row
 * per recipient and day, so a second run on the same day creates nothing.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "ictindex.consultation.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ConsultationReminders {

    /** The actor the audit trail shows for reminders the job creates. */
    static final String ACTOR = "hệ thống (nhắc tự động)";

    private static final Logger log = LoggerFactory.getLogger(ConsultationReminders.class);

    private final Consultations consultations;
    private final int daysBefore;

    ConsultationReminders(Consultations consultations,
                          @Value("${ictindex.consultation.remind-days-before:3}") int daysBefore) {
        this.consultations = consultations;
        this.daysBefore = daysBefore;
    }

    @Scheduled(cron = "${ictindex.consultation.remind-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    void remindThoseWhoHaveNotAnswered() {
        for (Consultation c : consultations.dueForReminder(daysBefore)) {
            int created = consultations.remind(ACTOR, c.id());
            if (created > 0) {
                log.info("Consultation {}: {} reminders", c.id(), created);
            }
        }
    }

    /** Runs the job now (tests). */
    void runNow() {
        remindThoseWhoHaveNotAnswered();
    }
}
