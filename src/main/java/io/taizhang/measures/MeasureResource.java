package io.taizhang.measures;

import io.taizhang.common.http.Responses;
import io.taizhang.common.idempotency.Idempotency;
import io.taizhang.common.idempotency.OutcomeResponses;
import io.taizhang.common.idempotency.Result;
import io.taizhang.common.security.Caller;
import io.taizhang.common.security.CurrentCaller;
import io.taizhang.common.security.Role;
import io.taizhang.measures.MeasureDtos.MeasureUpdate;
import io.taizhang.measures.MeasureDtos.Note;
import io.taizhang.measures.MeasureDtos.ProgressReport;
import io.taizhang.measures.MeasureDtos.Reason;
import io.taizhang.measures.MeasureService.Written;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/measures/{measureId}")
@Tag(name = "Measures", description = "Rectification measures, their progress and completion (整改措施)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.LIAISON)
public class MeasureResource {

    private final MeasureService measures;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    public MeasureResource(MeasureService measures, Idempotency idempotency, CurrentCaller caller) {
        this.measures = measures;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
        @RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR, Role.Names.STEERING, Role.Names.DASHBOARD})
    @Operation(operationId = "getMeasure", summary = "Read one measure")
    @APIResponse(responseCode = "200", description = "The measure",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureView.class)))
    public Response get(@PathParam("measureId") long measureId, @Context HttpHeaders headers) {
        Caller c = caller.get();
        Written w = measures.get(c, measureId);
        return Responses.single(measures.view(w, c), measures.etag(w), headers);
    }

    @PATCH
        @Operation(operationId = "updateMeasure", summary = "Change a measure's title, description or owner")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureView.class)))
    @APIResponse(responseCode = "409", description = "The measure or its problem is not open for edits")
    public Response update(@PathParam("measureId") long measureId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid MeasureUpdate request) {
        Caller c = caller.get();
        Written w = measures.update(c, measureId, ifMatch, request);
        return Response.ok(measures.view(w, c)).header(HttpHeaders.ETAG, measures.etag(w)).build();
    }

    @POST
    @Path("/start")
    // no body: a client that sends none (and so no Content-Type) must not get 415
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "startMeasure",
            summary = "Start a planned measure; the problem moves to IN_RECTIFICATION with its first started measure")
    @APIResponse(responseCode = "200", description = "Started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureView.class)))
    @APIResponse(responseCode = "409", description = "Not PLANNED, or the problem is not open")
    public Response start(@PathParam("measureId") long measureId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(OutcomeResponses.IDEMPOTENCY_KEY) String idempotencyKey) {
        return action(idempotencyKey, measureId, "start", null, () -> measures.start(caller.get(), measureId, ifMatch));
    }

    @POST
    @Path("/progress-reports")
    @Operation(operationId = "reportProgress", summary = "Report progress (percent and note); written to the ledger")
    @APIResponse(responseCode = "200", description = "Reported; the measure as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureView.class)))
    @APIResponse(responseCode = "409", description = "The measure is not IN_PROGRESS")
    public Response reportProgress(@PathParam("measureId") long measureId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid ProgressReport request,
            @HeaderParam(OutcomeResponses.IDEMPOTENCY_KEY) String idempotencyKey) {
        return action(idempotencyKey, measureId, "progress-reports", request,
                () -> measures.reportProgress(caller.get(), measureId, ifMatch, request));
    }

    @GET
    @Path("/progress-reports")
    @RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR, Role.Names.STEERING, Role.Names.DASHBOARD})
    @Operation(operationId = "listProgressReports", summary = "A measure's progress reports, oldest first")
    @APIResponse(responseCode = "200", description = "The reports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressView[].class)))
    public List<ProgressView> progressReports(@PathParam("measureId") long measureId) {
        return measures.progressReports(caller.get(), measureId);
    }

    @POST
    @Path("/complete")
    @Operation(operationId = "completeMeasure", summary = "Mark a measure DONE (needs at least one evidence record)")
    @APIResponse(responseCode = "200", description = "Done",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureView.class)))
    @APIResponse(responseCode = "409", description = "Not IN_PROGRESS, or no evidence yet")
    public Response complete(@PathParam("measureId") long measureId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid Note request, @HeaderParam(OutcomeResponses.IDEMPOTENCY_KEY) String idempotencyKey) {
        String note = request == null ? null : request.note();
        return action(idempotencyKey, measureId, "complete", request,
                () -> measures.complete(caller.get(), measureId, ifMatch, note));
    }

    @POST
    @Path("/reopen")
    @Operation(operationId = "reopenMeasure", summary = "Reopen a DONE measure, with a reason")
    @APIResponse(responseCode = "200", description = "Back IN_PROGRESS",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureView.class)))
    @APIResponse(responseCode = "409", description = "Not DONE, or the problem is not open")
    public Response reopen(@PathParam("measureId") long measureId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid Reason request, @HeaderParam(OutcomeResponses.IDEMPOTENCY_KEY) String idempotencyKey) {
        return action(idempotencyKey, measureId, "reopen", request,
                () -> measures.reopen(caller.get(), measureId, ifMatch, request.reason()));
    }

    private Response action(String idempotencyKey, long measureId, String verb, Object request, Supplier<Written> write) {
        Caller c = caller.get();
        return OutcomeResponses.of(idempotency.run(c, idempotencyKey, "POST",
                "/api/v1/measures/" + measureId + "/" + verb, request, () -> {
                    Written w = write.get();
                    return Result.ok(measures.etag(w), measures.view(w, c));
                }));
    }
}
