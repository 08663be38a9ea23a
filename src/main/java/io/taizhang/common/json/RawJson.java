package io.taizhang.common.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * A JSON value that is already text — a jsonb column as PostgreSQL prints it — written into a
 * response as it is. Parsing a ledger entry's changes into a map only to print them again cost
 * more than reading the row.
 */
@JsonSerialize(using = RawJson.Writer.class)
public record RawJson(String json) {

    public static RawJson of(Object value) {
        return new RawJson(CanonicalJson.write(value));
    }

    static final class Writer extends StdSerializer<RawJson> {

        Writer() {
            super(RawJson.class);
        }

        @Override
        public void serialize(RawJson value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeRawValue(value.json());
        }
    }
}
