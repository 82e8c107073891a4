package vn.ictindex.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The application clock for tests that move through dates (deadlines, reminders): replace the {@code clock} bean with
 * {@code @TestBean} and a static factory returning one instance, then {@link #setDate} before each step and
 * {@link #reset} after the test. Until it is set it tells the real time, so that the demo data loaded when the
 * context starts (a period open today) is the same as in every other test context sharing the database.
 */
public final class MovableClock extends Clock {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private volatile Instant now;

    /** Vietnam's date today by the real clock, for tests that compute their dates from it. */
    public static LocalDate realToday() {
        return LocalDate.now(VIETNAM);
    }

    /** Back to the real time. */
    public void reset() {
        now = null;
    }

    /** Ten in the morning of {@code day} in Vietnam. */
    public MovableClock setDate(LocalDate day) {
        return setDateTime(day, LocalTime.of(10, 0));
    }

    public MovableClock setDateTime(LocalDate day, LocalTime time) {
        now = day.atTime(time).atZone(VIETNAM).toInstant();
        return this;
    }

    @Override
    public ZoneId getZone() {
        return VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant fixed = now;
        return fixed == null ? Instant.now() : fixed;
    }
}
