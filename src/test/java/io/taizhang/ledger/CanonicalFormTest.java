package io.taizhang.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.taizhang.common.json.CanonicalJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The bytes that are hashed must never change: every stored chain was hashed with them. The
 * expected values were computed by the implementation that went through a converted copy of the
 * value (kept below as {@link #reference}), before the canonical form was written directly.
 */
class CanonicalFormTest {

    private static final ObjectMapper REFERENCE = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    record Request(String b, Long a, LocalDate d, Set<String> s) {
    }

    static String reference(Object value) throws Exception {
        return REFERENCE.writeValueAsString(REFERENCE.convertValue(value, Object.class));
    }

    static Map<String, Object> changes() {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("title", "压测问题 \"引号\" \\ 反斜杠\n换行\t制表\u0001\u001f\u007f\u2028 😀");
        changes.put("unitId", 10045L);
        changes.put("keyAreas", List.of("PETITIONS", "ENFORCEMENT"));
        changes.put("meetingId", null);
        changes.put("progressPercent", Map.of("before", 3, "after", 40));
        changes.put("ratio", 0.1);
        changes.put("done", true);
        changes.put("Zeta", "upper case sorts first");
        return changes;
    }

    @Test
    void anEntryHashesAsItAlwaysHas() {
        assertEquals("181b8a8ec0bc3e67a86b396c19fbac2e90679d00b4b348963be7fc243b5ab652",
                LedgerHasher.hash(1126250L, 1, null, 10045L, Instant.parse("2026-11-30T08:13:55.092475Z"), 100045L,
                        "联络员 CT0045", "LIAISON", "PROBLEM_FILED", changes(), null, LedgerHasher.GENESIS));
    }

    @Test
    void keysSortedEscapesAndNumbersAsBefore() throws Exception {
        String expected = "{\"Zeta\":\"upper case sorts first\",\"done\":true,\"keyAreas\":[\"PETITIONS\",\"ENFORCEMENT\"],"
                + "\"meetingId\":null,\"progressPercent\":{\"after\":40,\"before\":3},\"ratio\":0.1,"
                + "\"title\":\"压测问题 \\\"引号\\\" \\\\ 反斜杠\\n换行\\t制表\\u0001\\u001F\u007f\u2028 😀\",\"unitId\":10045}";
        assertEquals(expected, CanonicalJson.write(changes()));
        assertEquals(reference(changes()), CanonicalJson.write(changes()));
    }

    @Test
    void recordsAndOtherValuesGoThroughTheMapperAsBefore() throws Exception {
        Request request = new Request("x", 1L, LocalDate.of(2027, 1, 29), new TreeSet<>(Set.of("q", "p")));
        assertEquals("{\"a\":1,\"b\":\"x\",\"d\":\"2027-01-29\",\"s\":[\"p\",\"q\"]}", CanonicalJson.write(request));
        Map<Object, Object> odd = new HashMap<>();
        odd.put("numbers", Map.of(7, List.of(new BigDecimal("1.50"), 2.5f, 'c', new int[] {3, 1}), 10, "ten"));
        odd.put("nested", Map.of("z", request, "a", Map.of(1, "one")));
        odd.put("at", Instant.parse("2026-11-30T08:13:55.092475Z"));
        odd.put("day", LocalDate.of(2024, 2, 29));
        for (Object value : List.of(odd, request, List.of(odd), "text", 42, 42L, 3.25, true)) {
            assertEquals(reference(value), CanonicalJson.write(value), String.valueOf(value));
        }
        // keys that cannot be sorted together, or a null key, have no canonical form
        Map<Object, Object> mixed = new HashMap<>(Map.of(1, "one", "two", 2));
        assertThrows(IllegalArgumentException.class, () -> reference(mixed));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(mixed));
        Map<String, Object> nullKey = new HashMap<>();
        nullKey.put(null, 1);
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(Map.of("m", nullKey)));
    }
}
