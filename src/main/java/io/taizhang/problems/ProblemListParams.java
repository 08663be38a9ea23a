package io.taizhang.problems;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of GET /problems: the filters, then order and paging. */
public class ProblemListParams extends ProblemFilterParams {

    @QueryParam("sort")
    @Parameter(description = "-createdAt (default), createdAt, deadline, -deadline, -updatedAt, updatedAt",
            schema = @Schema(enumeration = {"-createdAt", "createdAt", "deadline", "-deadline", "-updatedAt", "updatedAt"}))
    String sort;

    @QueryParam("limit")
    @Parameter(description = "Page size, 1-200 (default 50)", schema = @Schema(type = SchemaType.INTEGER))
    String limit;

    @QueryParam("cursor")
    @Parameter(description = "Opaque cursor from the Link header")
    String cursor;
}
