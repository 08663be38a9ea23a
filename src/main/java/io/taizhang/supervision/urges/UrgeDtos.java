package io.taizhang.supervision.urges;

import io.taizhang.common.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

public final class UrgeDtos {

    private UrgeDtos() {
    }

    /** Without {@code measureId} the urge is about the problem as a whole. */
    public record UrgeCreate(
            @Positive Long measureId,
            @NotBlank @Size(max = 2000) @PlainText(multiline = true) String message,
            @NotNull LocalDate replyBy) {
    }

    public record UrgeReply(@NotBlank @Size(max = 2000) @PlainText(multiline = true) String reply) {
    }

    public record UrgeView(long id, long problemId, Long measureId, long unitId, String message, LocalDate replyBy,
            long sentBy, Instant sentAt, String reply, Long repliedBy, Instant repliedAt, Double replyHours,
            UrgeState state, int version) {

        static UrgeView of(Urge u, LocalDate today) {
            Double hours = u.repliedAt == null ? null : hours(Duration.between(u.sentAt, u.repliedAt).getSeconds());
            return new UrgeView(u.id, u.problemId, u.measureId, u.unitId, u.message, u.replyBy, u.sentBy, u.sentAt,
                    u.reply, u.repliedBy, u.repliedAt, hours, UrgeState.of(u, today), u.version);
        }
    }

    /** Urging figures of one unit: what is open, what is late, how fast it answers (hours, one decimal). */
    public record UnitUrgeStatistics(long unitId, String unitCode, long sent, long open, long overdue, long answered,
            long answeredLate, Double averageReplyHours, Double medianReplyHours, Double longestReplyHours) {
    }

    static Double hours(Number seconds) {
        return seconds == null ? null : Math.round(seconds.doubleValue() / 360.0) / 10.0;
    }
}
