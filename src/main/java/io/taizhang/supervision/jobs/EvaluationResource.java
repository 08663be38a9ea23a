package io.taizhang.supervision.jobs;

import io.taizhang.common.http.QueryParams;
import io.taizhang.common.security.CurrentCaller;
import io.taizhang.common.security.Role;
import io.taizhang.common.time.BusinessCalendar;
import io.taizhang.supervision.jobs.JobClaims.JobRun;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Operators run the evaluation on demand, besides the schedule. No Idempotency-Key: running it
 * again writes nothing the first run did not (every proposal is keyed by the fact behind it).
 */
@Path("/api/v1/supervision/evaluations")
@Tag(name = "Evaluations", description = "The supervision evaluation: light changes and escalation proposals")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    private final SupervisionEvaluation evaluation;
    private final BusinessCalendar calendar;
    private final CurrentCaller caller;

    public EvaluationResource(SupervisionEvaluation evaluation, BusinessCalendar calendar, CurrentCaller caller) {
        this.evaluation = evaluation;
        this.calendar = calendar;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Role.Names.INSPECTOR, Role.Names.ADMIN})
    @Operation(operationId = "runEvaluation", summary = "Run the evaluation now (as the system account) and report what it did")
    @APIResponse(responseCode = "200", description = "The run",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobRun.class)))
    public JobRun run() {
        // a run on demand is its own period: it never takes a scheduled period's place
        String period = "manual " + calendar.now() + " " + caller.get().username() + " "
                + UUID.randomUUID().toString().substring(0, 8);
        return evaluation.runClaimed(period).orElseThrow(() -> new IllegalStateException("a fresh period is always free"));
    }

    @GET
    @RolesAllowed({Role.Names.INSPECTOR, Role.Names.STEERING, Role.Names.ADMIN})
    @Operation(operationId = "listEvaluations", summary = "The latest evaluation runs, scheduled and on demand, newest first")
    @APIResponse(responseCode = "200", description = "The runs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobRun[].class)))
    public List<JobRun> recent(@Parameter(description = "How many, 1-200 (default 50)",
            schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit") String limit) {
        return evaluation.recent(QueryParams.limit(limit));
    }
}
