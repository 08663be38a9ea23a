package io.taizhang.common.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

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
            StringWriter out = new StringWriter(512);
            try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
                writePlain(json, value);
            }
            return out.toString();
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("value has no canonical JSON form", e);
        }
    }

    /**
     * Writes a plain tree (maps with text keys, collections, text, whole numbers, booleans, null)
     * straight to the generator, keys sorted; anything else first goes through the mapper to such a
     * tree, so records, beans and parsed JSON all sort alike. The bytes are those of serialising
     * {@code MAPPER.convertValue(value, Object.class)} with sorted map entries, without building
     * that copy: every ledger entry and every Idempotency-Key is hashed this way.
     */
    private static void writePlain(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Map<?, ?> map && map.keySet().stream().allMatch(String.class::isInstance)) {
            List<String> keys = new ArrayList<>(map.size());
            map.keySet().forEach(k -> keys.add((String) k));
            Collections.sort(keys);
            json.writeStartObject();
            for (String key : keys) {
                json.writeFieldName(key);
                writePlain(json, map.get(key));
            }
            json.writeEndObject();
        } else if (value instanceof Collection<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                writePlain(json, item);
            }
            json.writeEndArray();
        } else {
            Object plain = MAPPER.convertValue(value, Object.class);
            if (plain instanceof Map<?, ?> || plain instanceof Collection<?>) {
                writePlain(json, plain);
            } else {
                // scalars the tree keeps as they are (fractional numbers, text): the mapper writes them
                MAPPER.writeValue(json, plain);
            }
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
