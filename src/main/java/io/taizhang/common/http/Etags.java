package io.taizhang.common.http;

import io.taizhang.common.errors.ApiException;
import io.taizhang.common.errors.ErrorType;
import java.time.Instant;
import java.util.Arrays;

/**
 * Strong entity tags built from a resource's version, and the If-Match / If-None-Match rules of
 * RFC 9110 that apply to them.
 */
public final class Etags {

    private Etags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The tag of a representation that also changes with the clock (a traffic light, "overdue"):
     * the version plus how many of the given instants have passed, so that a cached copy from
     * before a light changed is never answered with 304. Null instants are ignored.
     */
    public static String of(long version, Instant now, Instant... changesAt) {
        long passed = Arrays.stream(changesAt).filter(t -> t != null && !t.isAfter(now)).count();
        return passed == 0 ? of(version) : "\"" + version + "." + passed + "\"";
    }

    /** Updates must say which version they change: no header is 428, another version 412. */
    public static void requireMatch(String ifMatch, String current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(ErrorType.IF_MATCH_REQUIRED,
                    "send If-Match with the ETag of the version you are changing");
        }
        checkMatch(ifMatch, current);
    }

    /** Actions accept an optional If-Match: when present it must match. */
    public static void checkMatch(String ifMatch, String current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String trimmed = ifMatch.trim();
        if (trimmed.equals("*")) {
            return;
        }
        // If-Match uses the strong comparison: weak tags never match
        boolean matches = Arrays.stream(trimmed.split(","))
                .map(String::trim)
                .anyMatch(tag -> !tag.startsWith("W/") && tag.equals(current));
        if (!matches) {
            throw new ApiException(ErrorType.STALE_VERSION,
                    "the resource is now at version " + current + "; read it again and reapply your change")
                    .with("currentEtag", current);
        }
    }

    /** If-None-Match uses the weak comparison; true means the client's copy is current (304). */
    public static boolean noneMatchSatisfied(String ifNoneMatch, String current) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String trimmed = ifNoneMatch.trim();
        if (trimmed.equals("*")) {
            return true;
        }
        String opaque = strip(current);
        return Arrays.stream(trimmed.split(",")).map(String::trim).map(Etags::strip).anyMatch(opaque::equals);
    }

    private static String strip(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
