package io.taizhang.measures;

import io.taizhang.common.idempotency.Idempotency;
import io.taizhang.common.idempotency.OutcomeResponses;
import io.taizhang.common.idempotency.Result;
import io.taizhang.common.security.Caller;
import io.taizhang.common.security.CurrentCaller;
import io.taizhang.common.security.Role;
import io.taizhang.measures.MeasureDtos.MeasureCreate;
import io.taizhang.measures.MeasureService.Written;
import io.taizhang.problems.ProblemQueries;
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

@Path("/api/v1/problems/{problemId}/measures")
@Tag(name = "Measures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.LIAISON)
public class ProblemMeasuresResource {

    private final MeasureService measures;
    private final ProblemQueries queries;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    public ProblemMeasuresResource(MeasureService measures, ProblemQueries queries,
            Idempotency idempotency, CurrentCaller caller) {
        this.measures = measures;
        this.queries = queries;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "addMeasure", summary = "Add a rectification measure to a problem (the unit's liaison)")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureView.class)))
    @APIResponse(responseCode = "409", description = "The problem takes no new measures in its status")
    public Response add(@PathParam("problemId") long problemId, @NotNull @Valid MeasureCreate request,
            @HeaderParam(OutcomeResponses.IDEMPOTENCY_KEY) String idempotencyKey) {
        Caller c = caller.get();
        return OutcomeResponses.of(idempotency.run(c, idempotencyKey, "POST",
                "/api/v1/problems/" + problemId + "/measures", request, () -> {
                    Written w = measures.add(c, problemId, request);
                    return Result.created("/api/v1/measures/" + w.measure().id, measures.etag(w),
                            measures.view(w, c));
                }));
    }

    @GET
    @RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR, Role.Names.STEERING, Role.Names.DASHBOARD})
    @Operation(operationId = "listMeasures", summary = "A problem's measures (at most 50, in the order added)")
    @APIResponse(responseCode = "200", description = "The measures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureView[].class)))
    public List<MeasureView> list(@PathParam("problemId") long problemId) {
        Caller c = caller.get();
        return queries.measures(c, problemId);
    }
}
