package io.taizhang.common.http;

import io.taizhang.common.errors.ApiException;
import java.util.List;

/** Opaque cursors of lists ordered by id, newest first: the list's name and the last id seen. */
public final class IdCursor {

    private IdCursor() {
    }

    public static String of(String list, long id) {
        return Cursor.encode(list, id);
    }

    /** The id after which the page starts, or null for the first page. */
    public static Long after(String cursor, String list) {
        List<String> keys = Cursor.decode(cursor, list, 1);
        if (keys == null) {
            return null;
        }
        try {
            return Long.parseLong(keys.get(0));
        } catch (NumberFormatException e) {
            throw ApiException.invalid("cursor", "is not a cursor this service issued");
        }
    }
}
