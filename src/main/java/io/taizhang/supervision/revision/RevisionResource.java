package io.taizhang.supervision.revision;

import io.taizhang.common.idempotency.Idempotency;
import io.taizhang.common.idempotency.OutcomeResponses;
import io.taizhang.common.idempotency.Result;
import io.taizhang.common.security.Caller;
import io.taizhang.common.security.CurrentCaller;
import io.taizhang.common.security.Role;
import io.taizhang.supervision.revision.RevisionDtos.Resubmission;
import io.taizhang.supervision.revision.RevisionDtos.RevisionReturn;
import io.taizhang.supervision.revision.RevisionDtos.RevisionView;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/problems/{problemId}/revisions")
@Tag(name = "Revisions", description = "Returning self-reported problems for revision (退回重新查摆) and resubmitting them")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR, Role.Names.STEERING, Role.Names.DASHBOARD})
public class RevisionResource {

    private final RevisionService revisions;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    public RevisionResource(RevisionService revisions, Idempotency idempotency, CurrentCaller caller) {
        this.revisions = revisions;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Role.Names.INSPECTOR)
    @Operation(operationId = "returnForRevision",
            summary = "Return a newly filed problem to its unit with a reason, before rectification starts")
    @APIResponse(responseCode = "201", description = "Returned; the problem is RETURNED_FOR_REVISION",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionView.class)))
    @APIResponse(responseCode = "409", description = "Rectification has started (the problem is not REGISTERED)")
    public Response returnForRevision(@PathParam("problemId") long problemId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid RevisionReturn request,
            @HeaderParam(OutcomeResponses.IDEMPOTENCY_KEY) String idempotencyKey) {
        Caller c = caller.get();
        String path = "/api/v1/problems/" + problemId + "/revisions";
        return OutcomeResponses.of(idempotency.run(c, idempotencyKey, "POST", path, request, () -> {
            RevisionView view = revisions.returnForRevision(c, problemId, ifMatch, request);
            return Result.created(path, null, view);
        }));
    }

    @POST
    @Path("/resubmission")
    @RolesAllowed(Role.Names.LIAISON)
    @Operation(operationId = "resubmitProblem",
            summary = "Resubmit a revised problem (it must have been edited since it was returned); it is REGISTERED again")
    @APIResponse(responseCode = "200", description = "The cycle, now resubmitted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionView.class)))
    @APIResponse(responseCode = "409", description = "Not returned for revision, or not edited since the return")
    public Response resubmit(@PathParam("problemId") long problemId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid Resubmission request, @HeaderParam(OutcomeResponses.IDEMPOTENCY_KEY) String idempotencyKey) {
        Caller c = caller.get();
        String note = request == null ? null : request.note();
        return OutcomeResponses.of(idempotency.run(c, idempotencyKey, "POST",
                "/api/v1/problems/" + problemId + "/revisions/resubmission", request,
                () -> Result.ok(null, revisions.resubmit(c, problemId, ifMatch, note))));
    }

    @GET
    @Operation(operationId = "listRevisions", summary = "A problem's revision cycles, first first")
    @APIResponse(responseCode = "200", description = "The cycles",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionView[].class)))
    public List<RevisionView> list(@PathParam("problemId") long problemId) {
        return revisions.ofProblem(caller.get(), problemId);
    }
}
