package io.taizhang.common.openapi;

import io.taizhang.common.errors.ErrorType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents what every operation of the API shares, so no resource can forget it: the bearer
 * security requirement, the problem+json error responses each kind of operation can give, and
 * the Idempotency-Key and If-Match headers. Operation-specific responses stay on the resources.
 */
public class StandardErrorResponses implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/ProblemDetails";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("ProblemDetails", problemSchema());
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> document(path, method, operation));
            }
        });
        InputLimits.document(openAPI);
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("bearer", roles(operation))));
        APIResponses responses = operation.getResponses();
        add(responses, ErrorType.UNAUTHENTICATED, "No, unknown, expired or revoked bearer token");
        add(responses, ErrorType.FORBIDDEN, "The caller's role may not perform this operation");
        add(responses, ErrorType.VALIDATION_FAILED, "Invalid parameters or body; `violations` lists the fields");
        add(responses, ErrorType.NOT_ACCEPTABLE, "Only application/json is produced");
        add(responses, ErrorType.RATE_LIMITED, "Too many requests; see Retry-After");
        add(responses, ErrorType.INTERNAL, "Unexpected error; quote the requestId");
        add(responses, ErrorType.DATABASE_UNAVAILABLE, "Database unavailable; retry after Retry-After seconds");
        if (path.contains("{")) {
            add(responses, ErrorType.NOT_FOUND, "Not found, or not visible to the caller");
        }
        if (operation.getRequestBody() != null) {
            add(responses, ErrorType.PAYLOAD_TOO_LARGE, "Request body larger than the limit");
            add(responses, ErrorType.UNSUPPORTED_MEDIA_TYPE, "The body must be application/json");
        }
        if (method == PathItem.HttpMethod.POST && operation.getRequestBody() != null) {
            header(operation, "Idempotency-Key",
                    "Makes a retry safe: the first response is replayed for 24 h to the same account");
            add(responses, ErrorType.IDEMPOTENCY_KEY_REUSED, "The Idempotency-Key was used for a different request");
            add(responses, ErrorType.IDEMPOTENCY_IN_PROGRESS, "A request with this Idempotency-Key is in progress");
        }
        if (method == PathItem.HttpMethod.PATCH) {
            header(operation, "If-Match", "ETag of the version being changed (required)");
            add(responses, ErrorType.STALE_VERSION, "If-Match does not name the current version");
            add(responses, ErrorType.IF_MATCH_REQUIRED, "If-Match is missing");
        }
        if (method == PathItem.HttpMethod.GET && path.contains("{")) {
            header(operation, "If-None-Match", "ETag of a cached copy; 304 when it is current");
        }
    }

    /**
     * The roles of @RolesAllowed, which Quarkus puts into the generated security requirement as
     * scopes; OpenAPI 3.1 lets non-OAuth schemes list required role names there, so they stay.
     */
    private static List<String> roles(Operation operation) {
        if (operation.getSecurity() == null) {
            return List.of();
        }
        return operation.getSecurity().stream()
                .flatMap(requirement -> requirement.getSchemes().values().stream())
                .filter(java.util.Objects::nonNull)
                .flatMap(List::stream)
                .distinct()
                .sorted()
                .toList();
    }

    private static void add(APIResponses responses, ErrorType type, String description) {
        String code = String.valueOf(type.status());
        if (responses.hasAPIResponse(code)) {
            APIResponse existing = responses.getAPIResponse(code);
            if (existing.getContent() == null) {
                existing.setContent(problemContent());
            }
            return;
        }
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description).content(problemContent()));
    }

    private static Schema problemSchema() {
        Schema violation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", string("Field path, e.g. answers.problemSolved.note"))
                .addProperty("message", string("What is wrong with it"));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details. Some types add members, e.g. `missing` for close-out-incomplete.")
                .addProperty("type", string("Stable URI of the kind of error, e.g. urn:taizhang:error:not-found"))
                .addProperty("title", string("Short summary of the kind of error"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", string("What went wrong with this request"))
                .addProperty("instance", string("The request path"))
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(violation))
                .required(List.of("type", "title", "status"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }

    private static Content problemContent() {
        Schema schema = OASFactory.createSchema().ref(PROBLEM_REF);
        MediaType media = OASFactory.createMediaType().schema(schema);
        return OASFactory.createContent().addMediaType("application/problem+json", media);
    }

    private static void header(Operation operation, String name, String description) {
        boolean present = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> name.equalsIgnoreCase(p.getName()));
        if (!present) {
            operation.addParameter(OASFactory.createParameter().name(name).in(Parameter.In.HEADER)
                    .description(description).required(false)
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
    }
}
