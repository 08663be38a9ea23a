package io.taizhang.common.http;

import java.util.List;

/** One page of a keyset-paginated list and the cursor of the next page (null on the last page). */
public record Page<T>(List<T> items, String nextCursor) {

    public static <T> Page<T> of(List<T> fetched, int limit, java.util.function.Function<T, String> cursorOf) {
        // the query asks for one row more than the limit to learn whether a next page exists
        if (fetched.size() > limit) {
            List<T> items = fetched.subList(0, limit);
            return new Page<>(items, cursorOf.apply(items.get(limit - 1)));
        }
        return new Page<>(fetched, null);
    }

    public <R> Page<R> map(java.util.function.Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), nextCursor);
    }
}
