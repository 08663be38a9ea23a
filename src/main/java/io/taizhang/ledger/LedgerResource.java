package io.taizhang.ledger;

import io.taizhang.common.http.QueryParams;
import io.taizhang.common.http.Responses;
import io.taizhang.common.security.CurrentCaller;
import io.taizhang.common.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/ledger")
@Tag(name = "Ledger", description = "The append-only, hash-chained history of every problem (台账)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR, Role.Names.STEERING, Role.Names.DASHBOARD})
public class LedgerResource {

    private final LedgerService ledger;
    private final CurrentCaller caller;

    public LedgerResource(LedgerService ledger, CurrentCaller caller) {
        this.ledger = ledger;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getLedgerFeed",
            summary = "The global ledger feed in commit order; resume from the Link header's cursor")
    @APIResponse(responseCode = "200", description = "A page of entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LedgerEntryView[].class)))
    public Response feed(@QueryParam("unitId") String unitId,
            @Parameter(schema = @Schema(implementation = LedgerKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "Only entries that occurred at or after this instant",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("since") String since,
            @QueryParam("problemId") String problemId,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        OffsetDateTime sinceTime = QueryParams.instant("since", since);
        LedgerFeed.Filter filter = new LedgerFeed.Filter(QueryParams.id("unitId", unitId),
                QueryParams.enumValue("kind", kind, LedgerKind.class),
                sinceTime == null ? null : sinceTime.toInstant(), QueryParams.id("problemId", problemId));
        return Responses.page(ledger.feed(caller.get(), filter, cursor, QueryParams.limit(limit)), uri);
    }

    @GET
    @Path("/{entryId}")
    @Operation(operationId = "getLedgerEntry", summary = "One ledger entry")
    @APIResponse(responseCode = "200", description = "The entry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LedgerEntryView.class)))
    public LedgerEntryView entry(@PathParam("entryId") long entryId) {
        return ledger.entry(caller.get(), entryId);
    }

    @GET
    @Path("/verification")
    @RolesAllowed({Role.Names.INSPECTOR, Role.Names.STEERING})
    @Operation(operationId = "verifyWholeLedger",
            summary = "Recompute every problem's hash chain; lists the first broken entry of up to 100 problems")
    @APIResponse(responseCode = "200", description = "The verification report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LedgerAudit.LedgerReport.class)))
    public LedgerAudit.LedgerReport verifyAll() {
        return ledger.verifyAll();
    }
}
