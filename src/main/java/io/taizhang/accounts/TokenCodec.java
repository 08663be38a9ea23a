package io.taizhang.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Opaque bearer tokens: 256 random bits, base64url, with a {@code tzk_} prefix that secret
 * scanners can recognise. Only the SHA-256 of a token is ever stored or cached.
 */
final class TokenCodec {

    static final String PREFIX = "tzk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenCodec() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static String hashHex(String token) {
        return HexFormat.of().formatHex(hash(token));
    }

    /** Cheap shape check so that garbage never reaches the cache or the database. */
    static boolean wellFormed(String token) {
        return token != null && token.length() >= 20 && token.length() <= 200
                && token.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }
}
