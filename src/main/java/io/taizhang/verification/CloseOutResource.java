package io.taizhang.verification;

import io.taizhang.common.idempotency.Idempotency;
import io.taizhang.common.idempotency.OutcomeResponses;
import io.taizhang.common.idempotency.Result;
import io.taizhang.common.security.Caller;
import io.taizhang.common.security.CurrentCaller;
import io.taizhang.common.security.Role;
import io.taizhang.problems.Problem;
import io.taizhang.problems.ProblemDtos.ProblemView;
import io.taizhang.problems.ProblemViews;
import io.taizhang.supervision.lookback.LookBackService;
import io.taizhang.verification.VerificationDtos.CloseOutRequest;
import io.taizhang.verification.VerificationDtos.Reason;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/problems/{problemId}")
@Tag(name = "Close-out", description = "Close-out requests, outcome verification (问效) and look-back reopening")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CloseOutResource {

    private final CloseOutService closeOut;
    private final LookBackService lookBacks;
    private final ProblemViews views;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    public CloseOutResource(CloseOutService closeOut, LookBackService lookBacks, ProblemViews views,
            Idempotency idempotency, CurrentCaller caller) {
        this.closeOut = closeOut;
        this.lookBacks = lookBacks;
        this.views = views;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("/close-out-request")
    @RolesAllowed(Role.Names.LIAISON)
    @Operation(operationId = "requestCloseOut",
            summary = "Ask for close-out; refused with the list of what is missing unless every measure is DONE")
    @APIResponse(responseCode = "200", description = "The problem, now CLOSE_OUT_REQUESTED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProblemView.class)))
    @APIResponse(responseCode = "409", description = "Not IN_RECTIFICATION, or measures missing (`missing` lists them)")
    public Response requestCloseOut(@PathParam("problemId") long problemId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid CloseOutRequest request,
            @HeaderParam(OutcomeResponses.IDEMPOTENCY_KEY) String idempotencyKey) {
        Caller c = caller.get();
        String note = request == null || request.note() == null || request.note().isBlank() ? null : request.note().strip();
        return OutcomeResponses.of(idempotency.run(c, idempotencyKey, "POST",
                "/api/v1/problems/" + problemId + "/close-out-request", request, () -> {
                    Problem p = closeOut.requestCloseOut(c, problemId, ifMatch, note);
                    return Result.ok(views.etag(p), views.of(p, c));
                }));
    }

    @POST
    @Path("/reopen")
    @RolesAllowed(Role.Names.INSPECTOR)
    @Operation(operationId = "reopenProblem",
            summary = "Reopen a closed problem on look-back, with a reason: records its look-back as RELAPSED")
    @APIResponse(responseCode = "200", description = "The problem, back IN_RECTIFICATION",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProblemView.class)))
    @APIResponse(responseCode = "409", description = "The problem is not closed")
    public Response reopen(@PathParam("problemId") long problemId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid Reason request, @HeaderParam(OutcomeResponses.IDEMPOTENCY_KEY) String idempotencyKey) {
        Caller c = caller.get();
        return OutcomeResponses.of(idempotency.run(c, idempotencyKey, "POST",
                "/api/v1/problems/" + problemId + "/reopen", request, () -> {
                    Problem p = lookBacks.relapse(c, problemId, ifMatch, request.reason());
                    return Result.ok(views.etag(p), views.of(p, c));
                }));
    }
}
