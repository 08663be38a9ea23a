package io.taizhang.supervision;

import io.taizhang.common.http.QueryParams;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters the supervision lists share: one unit, a page size and a cursor. */
public class UnitPage {

    @QueryParam("unitId")
    @Parameter(description = "Only this unit's records (a liaison sees its own unit's only)",
            schema = @Schema(type = SchemaType.INTEGER))
    String unitId;

    @QueryParam("limit")
    @Parameter(description = "Page size, 1-200 (default 50)", schema = @Schema(type = SchemaType.INTEGER))
    String limit;

    @QueryParam("cursor")
    @Parameter(description = "Opaque cursor from the Link header")
    String cursor;

    public Long unitId() {
        return QueryParams.id("unitId", unitId);
    }

    public int limit() {
        return QueryParams.limit(limit);
    }

    public String cursor() {
        return cursor;
    }
}
