package io.taizhang.supervision.escalation;

import io.taizhang.common.http.Etags;
import io.taizhang.common.idempotency.Idempotency;
import io.taizhang.common.idempotency.OutcomeResponses;
import io.taizhang.common.idempotency.Result;
import io.taizhang.common.security.Caller;
import io.taizhang.common.security.CurrentCaller;
import io.taizhang.common.security.Role;
import io.taizhang.supervision.escalation.EscalationDtos.EscalationDecision;
import io.taizhang.supervision.escalation.EscalationDtos.EscalationView;
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

@Path("/api/v1/problems/{problemId}/escalations")
@Tag(name = "Escalations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR, Role.Names.STEERING, Role.Names.DASHBOARD})
public class ProblemEscalationsResource {

    private final EscalationService escalations;
    private final EscalationQueries queries;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    public ProblemEscalationsResource(EscalationService escalations, EscalationQueries queries, Idempotency idempotency,
            CurrentCaller caller) {
        this.escalations = escalations;
        this.queries = queries;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Role.Names.INSPECTOR)
    @Operation(operationId = "escalateProblem",
            summary = "Escalate a problem directly (挂牌督办) with a reason and a supervision deadline")
    @APIResponse(responseCode = "201", description = "ACTIVE",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EscalationView.class)))
    @APIResponse(responseCode = "409", description = "Closed, already escalated, or a proposal is open (confirm it instead)")
    public Response escalate(@PathParam("problemId") long problemId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid EscalationDecision request, @HeaderParam(OutcomeResponses.IDEMPOTENCY_KEY) String idempotencyKey) {
        Caller c = caller.get();
        return OutcomeResponses.of(idempotency.run(c, idempotencyKey, "POST",
                "/api/v1/problems/" + problemId + "/escalations", request, () -> {
                    EscalationView view = escalations.escalate(c, problemId, ifMatch, request);
                    return Result.created("/api/v1/escalations/" + view.id(), Etags.of(view.version()), view);
                }));
    }

    @GET
    @Operation(operationId = "listProblemEscalations", summary = "A problem's escalations, oldest first")
    @APIResponse(responseCode = "200", description = "The escalations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EscalationView[].class)))
    public List<EscalationView> list(@PathParam("problemId") long problemId) {
        return queries.ofProblem(caller.get(), problemId);
    }
}
