package io.taizhang.common.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A canonical JSON form: object keys sorted at every level, no insignificant whitespace, UTF-8.
 * Two equal values always give the same bytes, which is what hashing (the ledger chain, request
 * fingerprints) needs. It has its own mapper so that no application setting can change it.
 */
public final class CanonicalJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private CanonicalJson() {
    }

    public static String write(Object value) {
        try {
            // through a plain tree of maps and lists, so records, beans and parsed JSON all sort alike
            Object plain = MAPPER.convertValue(value, Object.class);
            return MAPPER.writeValueAsString(plain);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("value has no canonical JSON form", e);
        }
    }

    public static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
