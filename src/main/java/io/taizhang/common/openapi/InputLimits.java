package io.taizhang.common.openapi;

import io.taizhang.common.http.Cursor;
import io.taizhang.common.http.QueryParams;
import io.taizhang.common.idempotency.Idempotency;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Documents the limits the service enforces on what clients send, where code-first annotations
 * cannot say them: parameters the resources read as text and parse by hand (ids, page size,
 * cursors, dates), the request headers every write shares, and ids (also lists of ids) and dates
 * in bodies. OWASP API4 asks for them so clients and gateways can refuse oversized input before it
 * is sent.
 */
final class InputLimits {

    /** An ISO-8601 date-time with offset and nanoseconds is at most this long. */
    static final int DATE_TIME_LENGTH = 35;
    /** Quarkus' default limit on all request headers together (quarkus.http.limits.max-header-size). */
    static final int HEADER_SECTION_BYTES = 20 * 1024;

    private InputLimits() {
    }

    static void document(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(op -> {
            if (path.startsWith("/api/") && op.getParameters() != null) {
                op.getParameters().forEach(InputLimits::parameter);
            }
        }));
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        limitText(schemas.get("LocalDate"), 10);
        limitText(schemas.get("OffsetDateTime"), DATE_TIME_LENGTH);
        limitText(schemas.get("Instant"), DATE_TIME_LENGTH);
        schemas.values().forEach(schema -> {
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((name, property) -> {
                    if (name.endsWith("Id") && isInteger(property)) {
                        id(property);
                    } else if (name.endsWith("Ids") && property.getItems() != null && isInteger(property.getItems())) {
                        id(property.getItems());
                    }
                });
            }
        });
    }

    private static void parameter(Parameter p) {
        String name = p.getName();
        if (p.getIn() == Parameter.In.HEADER) {
            if (name.equalsIgnoreCase("Idempotency-Key")) {
                p.getSchema().maxLength(Idempotency.MAX_KEY_LENGTH).pattern("^[!-~]+$");
            } else if (p.getSchema() != null && p.getSchema().getMaxLength() == null) {
                p.getSchema().maxLength(HEADER_SECTION_BYTES);
            }
        } else if (name.endsWith("Id")) {
            p.setSchema(id(OASFactory.createSchema()));
        } else if (name.equals("limit")) {
            p.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                    .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(QueryParams.MAX_LIMIT))
                    .defaultValue(QueryParams.DEFAULT_LIMIT));
        } else if (name.equals("cursor")) {
            // every cursor the service issues is base64url text (or a plain id, a subset)
            p.getSchema().maxLength(Cursor.MAX_LENGTH).pattern("^[A-Za-z0-9_-]*$");
        } else if (p.getSchema() != null && "date".equals(p.getSchema().getFormat())) {
            p.getSchema().maxLength(10);
        } else if (p.getSchema() != null && "date-time".equals(p.getSchema().getFormat())) {
            p.getSchema().maxLength(DATE_TIME_LENGTH);
        }
    }

    private static boolean isInteger(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.INTEGER);
    }

    /** Ids are positive 64-bit integers. */
    private static Schema id(Schema schema) {
        schema.type(List.of(Schema.SchemaType.INTEGER)).format("int64");
        if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
            schema.minimum(BigDecimal.ONE);
        }
        return schema.maximum(BigDecimal.valueOf(Long.MAX_VALUE));
    }

    private static void limitText(Schema schema, int maxLength) {
        if (schema != null) {
            schema.maxLength(maxLength);
        }
    }
}
