import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * The instants of one problem's events: strictly increasing, spread over the problem's active
 * span with some jitter, never after the data set's "as of" instant, in milliseconds (the
 * database keeps microseconds, so what is hashed is what is read back).
 */
final class Timeline {

    private final long startMillis;
    private final long stepMillis;
    private final long limitMillis;
    private final SplittableRandom r;
    private long last;
    private int k;

    Timeline(Instant start, Instant end, Instant asOf, int events, SplittableRandom r) {
        this.startMillis = start.toEpochMilli();
        this.limitMillis = asOf.toEpochMilli();
        this.stepMillis = Math.max(1000, (end.toEpochMilli() - startMillis) / Math.max(1, events));
        this.r = r;
        this.last = startMillis - 1;
    }

    /** The next event on the planned grid. */
    Instant next() {
        long planned = startMillis + k++ * stepMillis + (long) (r.nextDouble() * stepMillis * 0.8);
        return at(planned);
    }

    /** An event the clock causes (a light change) noticed soon after {@code threshold}. */
    Instant after(Instant threshold) {
        return at(threshold.toEpochMilli() + r.nextInt(3_600_000));
    }

    Instant last() {
        return Instant.ofEpochMilli(last);
    }

    private Instant at(long planned) {
        long t = Math.max(last + 1, Math.min(planned, limitMillis - 1));
        last = t;
        return Instant.ofEpochMilli(t).truncatedTo(ChronoUnit.MILLIS);
    }
}
