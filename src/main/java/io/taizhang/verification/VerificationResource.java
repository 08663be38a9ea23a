package io.taizhang.verification;

import io.taizhang.common.idempotency.Idempotency;
import io.taizhang.common.idempotency.OutcomeResponses;
import io.taizhang.common.idempotency.Result;
import io.taizhang.common.security.Caller;
import io.taizhang.common.security.CurrentCaller;
import io.taizhang.common.security.Role;
import io.taizhang.verification.VerificationDtos.VerificationRequest;
import io.taizhang.verification.VerificationDtos.VerificationView;
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

@Path("/api/v1/problems/{problemId}/verifications")
@Tag(name = "Close-out")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VerificationResource {

    private final CloseOutService closeOut;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    public VerificationResource(CloseOutService closeOut, Idempotency idempotency, CurrentCaller caller) {
        this.closeOut = closeOut;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Role.Names.INSPECTOR)
    @Operation(operationId = "verifyProblem",
            summary = "Record the five outcome answers: five YES close the problem out, anything else returns it")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerificationView.class)))
    @APIResponse(responseCode = "409", description = "The problem is not awaiting verification")
    public Response verify(@PathParam("problemId") long problemId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid VerificationRequest request,
            @HeaderParam(OutcomeResponses.IDEMPOTENCY_KEY) String idempotencyKey) {
        Caller c = caller.get();
        return OutcomeResponses.of(idempotency.run(c, idempotencyKey, "POST",
                "/api/v1/problems/" + problemId + "/verifications", request, () -> {
                    VerificationView v = closeOut.verify(c, problemId, ifMatch, request);
                    return Result.created("/api/v1/problems/" + problemId + "/verifications", null, v);
                }));
    }

    @GET
    @RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR, Role.Names.STEERING, Role.Names.DASHBOARD})
    @Operation(operationId = "listVerifications", summary = "Every verification of a problem, failed ones included")
    @APIResponse(responseCode = "200", description = "The verifications, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerificationView[].class)))
    public List<VerificationView> verifications(@PathParam("problemId") long problemId) {
        return closeOut.ofProblem(caller.get(), problemId);
    }
}
