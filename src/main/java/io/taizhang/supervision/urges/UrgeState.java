package io.taizhang.supervision.urges;

import io.taizhang.common.Labelled;
import java.time.LocalDate;

/** Where an urge stands; the four states do not overlap. */
public enum UrgeState implements Labelled {
    OPEN,
    OVERDUE,
    ANSWERED,
    ANSWERED_LATE;

    static UrgeState of(Urge u, LocalDate today) {
        if (u.repliedAt != null) {
            return Boolean.TRUE.equals(u.repliedLate) ? ANSWERED_LATE : ANSWERED;
        }
        return today.isAfter(u.replyBy) ? OVERDUE : OPEN;
    }
}
