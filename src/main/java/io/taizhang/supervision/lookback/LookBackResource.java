package io.taizhang.supervision.lookback;

import io.taizhang.common.http.Etags;
import io.taizhang.common.http.QueryParams;
import io.taizhang.common.http.Responses;
import io.taizhang.common.idempotency.Idempotency;
import io.taizhang.common.idempotency.OutcomeResponses;
import io.taizhang.common.idempotency.Result;
import io.taizhang.common.security.Caller;
import io.taizhang.common.security.CurrentCaller;
import io.taizhang.common.security.Role;
import io.taizhang.supervision.UnitPage;
import io.taizhang.supervision.lookback.LookBackDtos.LookBackRecord;
import io.taizhang.supervision.lookback.LookBackDtos.LookBackView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/look-backs")
@Tag(name = "Look-backs", description = "Look-back reviews of closed problems after their consolidation period (回头看)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR, Role.Names.STEERING, Role.Names.DASHBOARD})
public class LookBackResource {

    private final LookBackService lookBacks;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    public LookBackResource(LookBackService lookBacks, Idempotency idempotency, CurrentCaller caller) {
        this.lookBacks = lookBacks;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listLookBacks",
            summary = "Look-backs by state: SCHEDULED (consolidating), DUE, OVERDUE (past the grace days), CONSOLIDATED, RELAPSED")
    @APIResponse(responseCode = "200", description = "A page of look-backs, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LookBackView[].class)))
    public Response list(@BeanParam UnitPage page,
            @Parameter(schema = @Schema(implementation = LookBackState.class)) @QueryParam("state") String state,
            @Context UriInfo uri) {
        return Responses.page(lookBacks.list(caller.get(), page.unitId(),
                QueryParams.enumValue("state", state, LookBackState.class), page.cursor(), page.limit()), uri);
    }

    @GET
    @Path("/{lookBackId}")
    @Operation(operationId = "getLookBack", summary = "One look-back")
    @APIResponse(responseCode = "200", description = "The look-back",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LookBackView.class)))
    public Response get(@PathParam("lookBackId") long lookBackId, @Context HttpHeaders headers) {
        LookBackView view = lookBacks.get(caller.get(), lookBackId);
        return Responses.single(view, Etags.of(view.version()), headers);
    }

    @POST
    @Path("/{lookBackId}/record")
    @RolesAllowed(Role.Names.INSPECTOR)
    @Operation(operationId = "recordLookBack",
            summary = "Record the look-back: CONSOLIDATED (once due; not by whoever filed or rectified) or RELAPSED (reopens)")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LookBackView.class)))
    @APIResponse(responseCode = "409", description = "Already recorded, or CONSOLIDATED before the due date")
    public Response record(@PathParam("lookBackId") long lookBackId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid LookBackRecord request, @HeaderParam(OutcomeResponses.IDEMPOTENCY_KEY) String idempotencyKey) {
        Caller c = caller.get();
        return OutcomeResponses.of(idempotency.run(c, idempotencyKey, "POST",
                "/api/v1/look-backs/" + lookBackId + "/record", request, () -> {
                    LookBackView view = lookBacks.record(c, lookBackId, ifMatch, request);
                    return Result.ok(Etags.of(view.version()), view);
                }));
    }
}
