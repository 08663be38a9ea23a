package io.taizhang.supervision.escalation;

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
import io.taizhang.supervision.escalation.EscalationDtos.BoardEntry;
import io.taizhang.supervision.escalation.EscalationDtos.ClosingNote;
import io.taizhang.supervision.escalation.EscalationDtos.EscalationDecision;
import io.taizhang.supervision.escalation.EscalationDtos.EscalationView;
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
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/escalations")
@Tag(name = "Escalations", description = "The escalation ladder (挂牌督办): proposals, confirmation, the steering board, lifting")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR, Role.Names.STEERING, Role.Names.DASHBOARD})
public class EscalationResource {

    private final EscalationService escalations;
    private final EscalationQueries queries;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    public EscalationResource(EscalationService escalations, EscalationQueries queries, Idempotency idempotency,
            CurrentCaller caller) {
        this.escalations = escalations;
        this.queries = queries;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listEscalations", summary = "Escalations, newest first (status=PROPOSED: the inspectors' queue)")
    @APIResponse(responseCode = "200", description = "A page of escalations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EscalationView[].class)))
    public Response list(@BeanParam UnitPage page,
            @Parameter(schema = @Schema(implementation = EscalationStatus.class)) @QueryParam("status") String status,
            @Context UriInfo uri) {
        return Responses.page(queries.list(caller.get(), page.unitId(),
                QueryParams.enumValue("status", status, EscalationStatus.class), page.cursor(), page.limit()), uri);
    }

    @GET
    @Path("/board")
    @Operation(operationId = "escalationBoard",
            summary = "The steering group's board: every problem under named supervision, key areas and worst lights first")
    @APIResponse(responseCode = "200", description = "The board",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BoardEntry[].class)))
    public List<BoardEntry> board() {
        return queries.board(caller.get());
    }

    @GET
    @Path("/{escalationId}")
    @Operation(operationId = "getEscalation", summary = "One escalation")
    @APIResponse(responseCode = "200", description = "The escalation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EscalationView.class)))
    public Response get(@PathParam("escalationId") long escalationId, @Context HttpHeaders headers) {
        EscalationView view = queries.get(caller.get(), escalationId);
        return Responses.single(view, Etags.of(view.version()), headers);
    }

    @POST
    @Path("/{escalationId}/confirm")
    @RolesAllowed(Role.Names.INSPECTOR)
    @Operation(operationId = "confirmEscalation", summary = "Confirm a proposal (挂牌督办) with a reason and a supervision deadline")
    @APIResponse(responseCode = "200", description = "ACTIVE; the problem is on the steering board",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EscalationView.class)))
    @APIResponse(responseCode = "409", description = "Not PROPOSED")
    public Response confirm(@PathParam("escalationId") long escalationId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid EscalationDecision request, @HeaderParam(OutcomeResponses.IDEMPOTENCY_KEY) String idempotencyKey) {
        return act(escalationId, "confirm", request, idempotencyKey,
                () -> escalations.confirm(caller.get(), escalationId, ifMatch, request));
    }

    @POST
    @Path("/{escalationId}/dismiss")
    @RolesAllowed(Role.Names.INSPECTOR)
    @Operation(operationId = "dismissEscalation", summary = "Dismiss a proposal with a note; the same fact never proposes again")
    @APIResponse(responseCode = "200", description = "DISMISSED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EscalationView.class)))
    @APIResponse(responseCode = "409", description = "Not PROPOSED")
    public Response dismiss(@PathParam("escalationId") long escalationId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ClosingNote request, @HeaderParam(OutcomeResponses.IDEMPOTENCY_KEY) String idempotencyKey) {
        return act(escalationId, "dismiss", request, idempotencyKey,
                () -> escalations.dismiss(caller.get(), escalationId, ifMatch, request.note()));
    }

    @POST
    @Path("/{escalationId}/lift")
    @RolesAllowed(Role.Names.INSPECTOR)
    @Operation(operationId = "liftEscalation", summary = "Lift (摘牌) once the problem is back on track (GREEN, or its work done)")
    @APIResponse(responseCode = "200", description = "LIFTED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EscalationView.class)))
    @APIResponse(responseCode = "409", description = "Not ACTIVE, or the problem is still YELLOW or RED (`light`)")
    public Response lift(@PathParam("escalationId") long escalationId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ClosingNote request, @HeaderParam(OutcomeResponses.IDEMPOTENCY_KEY) String idempotencyKey) {
        return act(escalationId, "lift", request, idempotencyKey,
                () -> escalations.lift(caller.get(), escalationId, ifMatch, request.note()));
    }

    private Response act(long escalationId, String action, Object request, String idempotencyKey,
            Supplier<EscalationView> write) {
        Caller c = caller.get();
        return OutcomeResponses.of(idempotency.run(c, idempotencyKey, "POST",
                "/api/v1/escalations/" + escalationId + "/" + action, request, () -> {
                    EscalationView view = write.get();
                    return Result.ok(Etags.of(view.version()), view);
                }));
    }
}
