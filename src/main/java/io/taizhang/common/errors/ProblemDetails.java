package io.taizhang.common.errors;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** The RFC 9457 body of every error response ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "violations"})
public class ProblemDetails {

    public static final String MEDIA_TYPE = "application/problem+json";

    public final String type;
    public final String title;
    public final int status;
    public final String detail;
    public final String instance;
    public final List<Violation> violations;
    private final Map<String, Object> extensions;

    public ProblemDetails(ErrorType type, String detail, String instance, List<Violation> violations,
            Map<String, Object> extensions) {
        this.type = type.uri();
        this.title = type.title();
        this.status = type.status();
        this.detail = detail;
        this.instance = instance;
        this.violations = violations == null || violations.isEmpty() ? null : violations;
        this.extensions = extensions == null ? Map.of() : extensions;
    }

    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }
}
