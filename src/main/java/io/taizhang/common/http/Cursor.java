package io.taizhang.common.http;

import io.taizhang.common.errors.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Opaque keyset cursors: the sort name and the last row's key values, base64url-encoded. Clients
 * pass them back untouched; anything else is a 400, never a silently wrong page.
 */
public final class Cursor {

    public static final int MAX_LENGTH = 512;
    private static final String SEPARATOR = "\u001f";

    private Cursor() {
    }

    public static String encode(String sort, Object... keys) {
        StringBuilder raw = new StringBuilder(sort);
        for (Object key : keys) {
            raw.append(SEPARATOR).append(key);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The key values of a cursor made for {@code sort}, or null when no cursor was given. */
    public static List<String> decode(String cursor, String sort, int keyCount) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        if (cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        List<String> parts = Arrays.asList(raw.split(SEPARATOR, -1));
        if (parts.size() != keyCount + 1 || !parts.get(0).equals(sort)) {
            throw ApiException.invalid("cursor", "does not belong to this list or sort order; start again without it");
        }
        return parts.subList(1, parts.size());
    }

    private static ApiException invalid() {
        return ApiException.invalid("cursor", "is not a cursor this service issued");
    }
}
