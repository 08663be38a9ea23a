package io.taizhang.ledger;

import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The "changed fields, before and after" of a ledger entry. Values are reduced to JSON
 * primitives here (enums to names, dates to ISO text, collections to sorted lists), so the map
 * hashes the same before it is stored and after it is read back from jsonb.
 */
public final class Changes {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    public static Changes of() {
        return new Changes();
    }

    /** Records the field only when the value actually changes. */
    public Changes field(String name, Object before, Object after) {
        return Objects.equals(plain(before), plain(after)) ? this : change(name, before, after);
    }

    /** Records the field as a before/after pair even when the value stays the same (a re-report). */
    public Changes change(String name, Object before, Object after) {
        Map<String, Object> pair = new LinkedHashMap<>();
        pair.put("before", plain(before));
        pair.put("after", plain(after));
        fields.put(name, pair);
        return this;
    }

    /** A value that is part of the event rather than a before/after change (e.g. a new record). */
    public Changes value(String name, Object value) {
        fields.put(name, plain(value));
        return this;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public Map<String, Object> toMap() {
        return fields;
    }

    static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof LocalDate || value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(Changes::plain).map(String::valueOf).sorted().toList();
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
            return copy;
        }
        return value.toString();
    }
}
