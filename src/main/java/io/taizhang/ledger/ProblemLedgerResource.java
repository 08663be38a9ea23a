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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/problems/{problemId}/ledger")
@Tag(name = "Ledger")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR, Role.Names.STEERING, Role.Names.DASHBOARD})
public class ProblemLedgerResource {

    private final LedgerService ledger;
    private final CurrentCaller caller;

    public ProblemLedgerResource(LedgerService ledger, CurrentCaller caller) {
        this.ledger = ledger;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getProblemLedger", summary = "A problem's ledger entries in chain order")
    @APIResponse(responseCode = "200", description = "A page of entries; the next page is in the Link header",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LedgerEntryView[].class)))
    public Response history(@PathParam("problemId") long problemId, @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from the Link header") @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        Long afterSeq = QueryParams.id("cursor", cursor);
        return Responses.page(ledger.history(caller.get(), problemId,
                afterSeq == null ? null : Math.toIntExact(Math.min(afterSeq, Integer.MAX_VALUE)),
                QueryParams.limit(limit)), uri);
    }

    @GET
    @Path("/verification")
    @Operation(operationId = "verifyProblemLedger",
            summary = "Recompute a problem's hash chain and name the first broken entry, if any")
    @APIResponse(responseCode = "200", description = "The verification report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LedgerAudit.ChainReport.class)))
    public LedgerAudit.ChainReport verifyProblem(@PathParam("problemId") long problemId) {
        return ledger.verifyProblem(caller.get(), problemId);
    }
}
