package io.taizhang.supervision.extensions;

import io.taizhang.common.http.Etags;
import io.taizhang.common.idempotency.Idempotency;
import io.taizhang.common.idempotency.OutcomeResponses;
import io.taizhang.common.idempotency.Result;
import io.taizhang.common.security.Caller;
import io.taizhang.common.security.CurrentCaller;
import io.taizhang.common.security.Role;
import io.taizhang.supervision.extensions.ExtensionDtos.ExtensionCreate;
import io.taizhang.supervision.extensions.ExtensionDtos.ExtensionView;
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

@Path("/api/v1/problems/{problemId}/extension-requests")
@Tag(name = "Extensions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR, Role.Names.STEERING, Role.Names.DASHBOARD})
public class ProblemExtensionRequestsResource {

    private final ExtensionService extensions;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    public ProblemExtensionRequestsResource(ExtensionService extensions, Idempotency idempotency, CurrentCaller caller) {
        this.extensions = extensions;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Role.Names.LIAISON)
    @Operation(operationId = "requestExtension",
            summary = "Ask to move the deadline of the problem or of one of its measures (measureId), with a reason")
    @APIResponse(responseCode = "201", description = "Requested; awaiting an inspector's decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExtensionView.class)))
    @APIResponse(responseCode = "409", description = "A request for this deadline is pending, or the work is no longer open")
    public Response request(@PathParam("problemId") long problemId, @NotNull @Valid ExtensionCreate request,
            @HeaderParam(OutcomeResponses.IDEMPOTENCY_KEY) String idempotencyKey) {
        Caller c = caller.get();
        return OutcomeResponses.of(idempotency.run(c, idempotencyKey, "POST",
                "/api/v1/problems/" + problemId + "/extension-requests", request, () -> {
                    ExtensionView view = extensions.request(c, problemId, request);
                    return Result.created("/api/v1/extension-requests/" + view.id(), Etags.of(view.version()), view);
                }));
    }

    @GET
    @Operation(operationId = "listProblemExtensionRequests",
            summary = "The full extension history of a problem and its measures, oldest first")
    @APIResponse(responseCode = "200", description = "The requests with their decisions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExtensionView[].class)))
    public List<ExtensionView> history(@PathParam("problemId") long problemId) {
        return extensions.ofProblem(caller.get(), problemId);
    }
}
