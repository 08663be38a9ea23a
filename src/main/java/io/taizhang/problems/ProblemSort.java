package io.taizhang.problems;

import io.taizhang.common.errors.ApiException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The orders GET /problems offers; each is a keyset over (column, id) with an index behind it. */
public enum ProblemSort {
    NEWEST("-createdAt", "created_at", true),
    OLDEST("createdAt", "created_at", false),
    DEADLINE("deadline", "deadline", false),
    DEADLINE_LAST("-deadline", "deadline", true),
    RECENTLY_UPDATED("-updatedAt", "updated_at", true),
    LEAST_RECENTLY_UPDATED("updatedAt", "updated_at", false);

    private final String param;
    private final String column;
    private final boolean descending;

    ProblemSort(String param, String column, boolean descending) {
        this.param = param;
        this.column = column;
        this.descending = descending;
    }

    public static ProblemSort parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return NEWEST;
        }
        return Arrays.stream(values()).filter(s -> s.param.equals(raw)).findFirst().orElseThrow(() ->
                ApiException.invalid("sort", "must be one of "
                        + Arrays.stream(values()).map(s -> s.param).collect(Collectors.joining(", "))));
    }

    public String param() {
        return param;
    }

    String orderBy() {
        String direction = descending ? " DESC" : "";
        return " ORDER BY p." + column + direction + ", p.id" + direction;
    }

    /** Row comparison so PostgreSQL seeks straight to the page in the (column, id) index. */
    String seek() {
        return " AND (p." + column + ", p.id) " + (descending ? "<" : ">") + " (?, ?)";
    }

    /** The cursor's text form of this sort's key for a problem. */
    String keyOf(Problem p) {
        return switch (column) {
            case "deadline" -> p.deadline.toString();
            case "created_at" -> String.valueOf(ChronoUnit.MICROS.between(Instant.EPOCH, p.createdAt));
            default -> String.valueOf(ChronoUnit.MICROS.between(Instant.EPOCH, p.updatedAt));
        };
    }

    /** The typed key parameter for the seek, from the cursor's text. */
    Object parseKey(String key) {
        try {
            return column.equals("deadline") ? LocalDate.parse(key)
                    : java.sql.Timestamp.from(Instant.EPOCH.plus(Long.parseLong(key), ChronoUnit.MICROS));
        } catch (RuntimeException e) {
            throw ApiException.invalid("cursor", "is not a cursor this service issued");
        }
    }
}
