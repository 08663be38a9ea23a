package io.taizhang.security;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The served OpenAPI document, read the way the batteries need it. Every battery iterates over
 * these operations, so an endpoint added later is covered without anyone remembering to add it.
 */
final class ApiContract {

    static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    record Param(String name, String in, JsonNode schema) {
    }

    /**
     * {@code accept}: the media type the operation documents for its success answer, sent as
     * Accept (application/json for most; CSV, XLSX, HTML or an event stream for reports).
     */
    record Operation(String method, String path, String operationId, List<String> roles, List<Param> params,
            String bodySchema, String accept) {

        String label() {
            return method.toUpperCase() + " " + path;
        }

        boolean allows(String role) {
            return role != null && roles.contains(role);
        }

        List<Param> params(String in) {
            return params.stream().filter(p -> p.in().equals(in)).toList();
        }

        boolean hasBody() {
            return bodySchema != null;
        }
    }

    private final JsonNode doc;
    private final List<Operation> operations = new ArrayList<>();

    private ApiContract(JsonNode doc) {
        this.doc = doc;
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (METHODS.contains(op.getKey())) {
                    operations.add(operation(op.getKey(), path.getKey(), op.getValue()));
                }
            }
        }
    }

    /** The document the running service serves, as any client would read it. */
    static ApiContract served() {
        String json = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        try {
            return new ApiContract(new ObjectMapper().readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Operation> operations() {
        return operations;
    }

    /** Path templates with the methods each one documents. */
    Map<String, Set<String>> methodsByPath() {
        Map<String, Set<String>> paths = new LinkedHashMap<>();
        operations.forEach(op -> paths.computeIfAbsent(op.path(), p -> new LinkedHashSet<>()).add(op.method()));
        return paths;
    }

    /** A schema with its {@code $ref} followed. */
    JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        while (s != null && s.has("$ref")) {
            s = named(s.get("$ref").asText().substring("#/components/schemas/".length()));
        }
        return s;
    }

    JsonNode named(String schemaName) {
        JsonNode s = doc.path("components").path("schemas").get(schemaName);
        if (s == null) {
            throw new AssertionError("the contract references an unknown schema " + schemaName);
        }
        return s;
    }

    static String refName(JsonNode schema) {
        return schema != null && schema.has("$ref") ? schema.get("$ref").asText().replace("#/components/schemas/", "") : null;
    }

    private static Operation operation(String method, String path, JsonNode op) {
        List<String> roles = new ArrayList<>();
        op.path("security").forEach(req -> req.path("bearer").forEach(r -> roles.add(r.asText())));
        List<Param> params = new ArrayList<>();
        op.path("parameters").forEach(p -> params.add(new Param(p.get("name").asText(), p.get("in").asText(),
                p.path("schema"))));
        String body = null;
        JsonNode content = op.path("requestBody").path("content");
        if (!content.isMissingNode()) {
            JsonNode json = content.get("application/json");
            if (json == null || refName(json.path("schema")) == null) {
                throw new AssertionError(method.toUpperCase() + " " + path
                        + ": the batteries know JSON bodies described by a named schema only: " + content);
            }
            body = refName(json.get("schema"));
        }
        return new Operation(method, path, op.path("operationId").asText(), List.copyOf(roles), List.copyOf(params), body,
                successType(op));
    }

    private static String successType(JsonNode op) {
        for (Map.Entry<String, JsonNode> response : op.path("responses").properties()) {
            if (response.getKey().startsWith("2") && response.getValue().has("content")) {
                return response.getValue().get("content").fieldNames().next();
            }
        }
        return "application/json";
    }
}
