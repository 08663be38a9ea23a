package io.taizhang.common.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Instants in responses and in hashed ledger entries must read exactly as ISO_INSTANT writes them. */
@QuarkusTest
class IsoInstantWriterTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void theServiceMapperWritesInstantsWithIt() throws Exception {
        assertInstanceOf(IsoInstantWriter.Serializer.class,
                mapper.getSerializerProviderInstance().findValueSerializer(Instant.class));
    }

    @Test
    void writesWhatIsoInstantWritesForEdgeAndRandomInstants() throws Exception {
        List<Instant> instants = new ArrayList<>(List.of(
                Instant.EPOCH, Instant.ofEpochSecond(-1), Instant.ofEpochSecond(0, 1), Instant.ofEpochSecond(-1, 999_999_999),
                Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("-0001-12-31T23:59:59Z"),
                Instant.parse("2024-02-29T12:00:00.120Z"), Instant.parse("2026-11-30T08:15:30.860800Z"),
                Instant.parse("2100-03-01T00:00:00.000001Z"), Instant.parse("1900-02-28T23:59:59.100200300Z")));
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            long seconds = random.nextLong(Instant.parse("1600-01-01T00:00:00Z").getEpochSecond(),
                    Instant.parse("2400-01-01T00:00:00Z").getEpochSecond());
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            instants.add(Instant.ofEpochSecond(seconds, nano));
        }
        for (Instant instant : instants) {
            assertEquals('"' + DateTimeFormatter.ISO_INSTANT.format(instant) + '"', mapper.writeValueAsString(instant),
                    () -> "instant " + instant.getEpochSecond() + "s " + instant.getNano() + "ns");
        }
    }
}
