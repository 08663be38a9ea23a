package io.taizhang.supervision.urges;

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
import io.taizhang.supervision.urges.UrgeDtos.UnitUrgeStatistics;
import io.taizhang.supervision.urges.UrgeDtos.UrgeReply;
import io.taizhang.supervision.urges.UrgeDtos.UrgeView;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/urges")
@Tag(name = "Urges", description = "Urging the units (督促/催办) and their replies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR, Role.Names.STEERING, Role.Names.DASHBOARD})
public class UrgeResource {

    private final UrgeService urges;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    public UrgeResource(UrgeService urges, Idempotency idempotency, CurrentCaller caller) {
        this.urges = urges;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listUrges",
            summary = "Urges, newest first; state OPEN (awaiting a reply), OVERDUE (past reply-by), ANSWERED, ANSWERED_LATE")
    @APIResponse(responseCode = "200", description = "A page of urges",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UrgeView[].class)))
    public Response list(@BeanParam UnitPage page,
            @Parameter(schema = @Schema(implementation = UrgeState.class)) @QueryParam("state") String state,
            @Context UriInfo uri) {
        return Responses.page(urges.list(caller.get(), page.unitId(),
                QueryParams.enumValue("state", state, UrgeState.class), page.cursor(), page.limit()), uri);
    }

    @GET
    @Path("/statistics")
    @Operation(operationId = "urgeStatisticsByUnit",
            summary = "Per unit: urges sent, open, overdue, answered (late), and reply times in hours")
    @APIResponse(responseCode = "200", description = "One row per unit that has been urged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UnitUrgeStatistics[].class)))
    public List<UnitUrgeStatistics> statistics(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("unitId") String unitId) {
        return urges.statistics(caller.get(), QueryParams.id("unitId", unitId));
    }

    @GET
    @Path("/{urgeId}")
    @Operation(operationId = "getUrge", summary = "One urge")
    @APIResponse(responseCode = "200", description = "The urge",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UrgeView.class)))
    public Response get(@PathParam("urgeId") long urgeId, @Context HttpHeaders headers) {
        UrgeView view = urges.get(caller.get(), urgeId);
        return Responses.single(view, Etags.of(view.version()), headers);
    }

    @POST
    @Path("/{urgeId}/reply")
    @RolesAllowed(Role.Names.LIAISON)
    @Operation(operationId = "replyToUrge", summary = "The unit's liaison answers an urge (once)")
    @APIResponse(responseCode = "200", description = "Answered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UrgeView.class)))
    @APIResponse(responseCode = "409", description = "Already answered")
    public Response reply(@PathParam("urgeId") long urgeId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid UrgeReply request, @HeaderParam(OutcomeResponses.IDEMPOTENCY_KEY) String idempotencyKey) {
        Caller c = caller.get();
        return OutcomeResponses.of(idempotency.run(c, idempotencyKey, "POST", "/api/v1/urges/" + urgeId + "/reply",
                request, () -> {
                    UrgeView view = urges.reply(c, urgeId, ifMatch, request.reply());
                    return Result.ok(Etags.of(view.version()), view);
                }));
    }
}
