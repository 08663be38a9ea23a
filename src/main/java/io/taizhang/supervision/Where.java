package io.taizhang.supervision;

import java.util.ArrayList;
import java.util.List;

/**
 * A JPQL condition built from optional filters: each {@code and} with a null value is left out,
 * so list queries state their filters once, in order, with numbered parameters.
 */
public final class Where {

    private final StringBuilder conditions = new StringBuilder("true = true");
    private final List<Object> params = new ArrayList<>();

    /** Adds {@code clause} (with one {@code ?} for the value) unless the value is null. */
    public Where and(String clause, Object value) {
        if (value != null) {
            params.add(value);
            conditions.append(" and ").append(clause.replace("?", "?" + params.size()));
        }
        return this;
    }

    public String orderBy(String order) {
        return conditions + " order by " + order;
    }

    public Object[] params() {
        return params.toArray();
    }
}
