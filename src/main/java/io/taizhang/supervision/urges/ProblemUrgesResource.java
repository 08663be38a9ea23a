package io.taizhang.supervision.urges;

import io.taizhang.common.http.Etags;
import io.taizhang.common.idempotency.Idempotency;
import io.taizhang.common.idempotency.OutcomeResponses;
import io.taizhang.common.idempotency.Result;
import io.taizhang.common.security.Caller;
import io.taizhang.common.security.CurrentCaller;
import io.taizhang.common.security.Role;
import io.taizhang.supervision.urges.UrgeDtos.UrgeCreate;
import io.taizhang.supervision.urges.UrgeDtos.UrgeView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/problems/{problemId}/urges")
@Tag(name = "Urges")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR, Role.Names.STEERING, Role.Names.DASHBOARD})
public class ProblemUrgesResource {

    private final UrgeService urges;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    public ProblemUrgesResource(UrgeService urges, Idempotency idempotency, CurrentCaller caller) {
        this.urges = urges;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Role.Names.INSPECTOR)
    @Operation(operationId = "urgeUnit", summary = "Urge the unit on a problem or one of its measures, with a reply-by date")
    @APIResponse(responseCode = "201", description = "Sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UrgeView.class)))
    @APIResponse(responseCode = "409", description = "The problem has no open work")
    public Response send(@PathParam("problemId") long problemId, @NotNull @Valid UrgeCreate request,
            @HeaderParam(OutcomeResponses.IDEMPOTENCY_KEY) String idempotencyKey) {
        Caller c = caller.get();
        return OutcomeResponses.of(idempotency.run(c, idempotencyKey, "POST", "/api/v1/problems/" + problemId + "/urges",
                request, () -> {
                    UrgeView view = urges.send(c, problemId, request);
                    return Result.created("/api/v1/urges/" + view.id(), Etags.of(view.version()), view);
                }));
    }

    @GET
    @Operation(operationId = "listProblemUrges", summary = "A problem's urges and replies, oldest first")
    @APIResponse(responseCode = "200", description = "The urges",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UrgeView[].class)))
    public List<UrgeView> list(@PathParam("problemId") long problemId) {
        return urges.ofProblem(caller.get(), problemId);
    }
}
