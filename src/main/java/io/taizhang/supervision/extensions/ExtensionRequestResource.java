package io.taizhang.supervision.extensions;

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
import io.taizhang.supervision.extensions.ExtensionDtos.Approval;
import io.taizhang.supervision.extensions.ExtensionDtos.ExtensionView;
import io.taizhang.supervision.extensions.ExtensionDtos.Rejection;
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

@Path("/api/v1/extension-requests")
@Tag(name = "Extensions", description = "Deadline extension requests and their decisions (延期申请)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR, Role.Names.STEERING, Role.Names.DASHBOARD})
public class ExtensionRequestResource {

    private final ExtensionService extensions;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    public ExtensionRequestResource(ExtensionService extensions, Idempotency idempotency, CurrentCaller caller) {
        this.extensions = extensions;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listExtensionRequests", summary = "Extension requests, newest first (e.g. status=PENDING: the inspectors' queue)")
    @APIResponse(responseCode = "200", description = "A page of requests",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExtensionView[].class)))
    public Response list(@BeanParam UnitPage page,
            @Parameter(schema = @Schema(implementation = ExtensionStatus.class)) @QueryParam("status") String status,
            @Context UriInfo uri) {
        return Responses.page(extensions.list(caller.get(), page.unitId(),
                QueryParams.enumValue("status", status, ExtensionStatus.class), page.cursor(), page.limit()), uri);
    }

    @GET
    @Path("/{requestId}")
    @Operation(operationId = "getExtensionRequest", summary = "One extension request")
    @APIResponse(responseCode = "200", description = "The request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExtensionView.class)))
    public Response get(@PathParam("requestId") long requestId, @Context HttpHeaders headers) {
        ExtensionView view = extensions.get(caller.get(), requestId);
        return Responses.single(view, Etags.of(view.version()), headers);
    }

    @POST
    @Path("/{requestId}/approve")
    @RolesAllowed(Role.Names.INSPECTOR)
    @Operation(operationId = "approveExtension",
            summary = "Approve: the current deadline moves to the requested date (not by whoever filed or rectified the problem)")
    @APIResponse(responseCode = "200", description = "Approved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExtensionView.class)))
    @APIResponse(responseCode = "409", description = "Already decided, or the problem's deadlines no longer run")
    public Response approve(@PathParam("requestId") long requestId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid Approval request, @HeaderParam(OutcomeResponses.IDEMPOTENCY_KEY) String idempotencyKey) {
        return decide(requestId, ifMatch, true, request == null ? null : request.note(), request, idempotencyKey);
    }

    @POST
    @Path("/{requestId}/reject")
    @RolesAllowed(Role.Names.INSPECTOR)
    @Operation(operationId = "rejectExtension", summary = "Reject with a note; the deadline stays")
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExtensionView.class)))
    @APIResponse(responseCode = "409", description = "Already decided")
    public Response reject(@PathParam("requestId") long requestId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid Rejection request, @HeaderParam(OutcomeResponses.IDEMPOTENCY_KEY) String idempotencyKey) {
        return decide(requestId, ifMatch, false, request.note(), request, idempotencyKey);
    }

    private Response decide(long requestId, String ifMatch, boolean approve, String note, Object request,
            String idempotencyKey) {
        Caller c = caller.get();
        String path = "/api/v1/extension-requests/" + requestId + (approve ? "/approve" : "/reject");
        return OutcomeResponses.of(idempotency.run(c, idempotencyKey, "POST", path, request, () -> {
            ExtensionView view = extensions.decide(c, requestId, ifMatch, approve, note);
            return Result.ok(Etags.of(view.version()), view);
        }));
    }
}
