package io.taizhang.evidence;

import io.taizhang.common.idempotency.Idempotency;
import io.taizhang.common.idempotency.OutcomeResponses;
import io.taizhang.common.idempotency.Result;
import io.taizhang.common.security.Caller;
import io.taizhang.common.security.CurrentCaller;
import io.taizhang.common.security.Role;
import io.taizhang.evidence.EvidenceDtos.EvidenceCreate;
import io.taizhang.evidence.EvidenceDtos.EvidenceView;
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

@Path("/api/v1/measures/{measureId}/evidence")
@Tag(name = "Evidence", description = "Supporting evidence of measures (佐证材料)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR, Role.Names.STEERING, Role.Names.DASHBOARD})
public class MeasureEvidenceResource {

    private final EvidenceService evidence;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    public MeasureEvidenceResource(EvidenceService evidence, Idempotency idempotency, CurrentCaller caller) {
        this.evidence = evidence;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Role.Names.LIAISON)
    @Operation(operationId = "addEvidence", summary = "Add an evidence record to a measure (the unit's liaison)")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceView.class)))
    @APIResponse(responseCode = "409", description = "The problem is awaiting verification or closed")
    public Response add(@PathParam("measureId") long measureId, @NotNull @Valid EvidenceCreate request,
            @HeaderParam(OutcomeResponses.IDEMPOTENCY_KEY) String idempotencyKey) {
        Caller c = caller.get();
        return OutcomeResponses.of(idempotency.run(c, idempotencyKey, "POST",
                "/api/v1/measures/" + measureId + "/evidence", request, () -> {
                    EvidenceView view = evidence.add(c, measureId, request);
                    return Result.created("/api/v1/evidence/" + view.id(), null, view);
                }));
    }

    @GET
    @Operation(operationId = "listEvidence", summary = "A measure's evidence records, oldest first")
    @APIResponse(responseCode = "200", description = "The evidence",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceView[].class)))
    public List<EvidenceView> list(@PathParam("measureId") long measureId) {
        return evidence.ofMeasure(caller.get(), measureId);
    }
}
