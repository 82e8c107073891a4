package vn.ictindex.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The application clock for tests that move through dates (deadlines, reminders): replace the {@code clock} bean with
 * {@code @TestBean} and a static factory returning one instance, then {@link #setDate} before each step.
 */
public final class MovableClock extends Clock {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private volatile Instant now;

    public MovableClock(LocalDate day) {
        setDate(day);
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
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
