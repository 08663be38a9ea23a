package io.taizhang.common.http;

import io.taizhang.common.errors.ApiException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Parses query parameters by hand: JAX-RS answers a failed conversion with 404, but a bad filter
 * is the client's mistake and deserves a 400 that names the parameter.
 */
public final class QueryParams {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    private QueryParams() {
    }

    public static int limit(String raw) {
        if (raw == null || raw.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        int limit = integer("limit", raw);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }

    public static int integer(String name, String raw) {
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name, "must be an integer");
        }
    }

    public static Long id(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            long id = Long.parseLong(raw.trim());
            if (id < 1) {
                throw ApiException.invalid(name, "must be a positive id");
            }
            return id;
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name, "must be a positive id");
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ApiException.invalid(name, "must be one of " + allowed);
        }
    }

    public static LocalDate date(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be a date YYYY-MM-DD");
        }
    }

    public static OffsetDateTime instant(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be an ISO-8601 date-time with offset, e.g. 2023-06-16T09:00:00+08:00");
        }
    }

    public static Boolean bool(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        return switch (raw.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiException.invalid(name, "must be true or false");
        };
    }

    public static String text(String name, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > maxLength) {
            throw ApiException.invalid(name, "must be at most " + maxLength + " characters");
        }
        if (raw.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.invalid(name, "must not contain control characters");
        }
        return raw.trim();
    }
}
