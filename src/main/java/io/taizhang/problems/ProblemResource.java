package io.taizhang.problems;

import io.taizhang.common.http.QueryParams;
import io.taizhang.common.http.Responses;
import io.taizhang.common.idempotency.Idempotency;
import io.taizhang.common.idempotency.OutcomeResponses;
import io.taizhang.common.idempotency.Result;
import io.taizhang.common.security.Caller;
import io.taizhang.common.security.CurrentCaller;
import io.taizhang.common.security.Role;
import io.taizhang.problems.ProblemDtos.ProblemCreate;
import io.taizhang.problems.ProblemDtos.ProblemUpdate;
import io.taizhang.problems.ProblemDtos.ProblemView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/problems")
@Tag(name = "Problems", description = "Self-reported and inspector-found problems on the ledger (问题)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR, Role.Names.STEERING, Role.Names.DASHBOARD})
public class ProblemResource {

    static final int RECENT_LEDGER = 20;

    private final ProblemService problems;
    private final ProblemQueries queries;
    private final ProblemViews views;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    public ProblemResource(ProblemService problems, ProblemQueries queries, ProblemViews views, Idempotency idempotency,
            CurrentCaller caller) {
        this.problems = problems;
        this.queries = queries;
        this.views = views;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR})
    @Operation(operationId = "fileProblem",
            summary = "File a problem; it gets a ledger number such as IPC-2023-007 (a liaison files for its own unit)")
    @APIResponse(responseCode = "201", description = "Filed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProblemView.class)))
    public Response file(@NotNull @Valid ProblemCreate request,
            @HeaderParam(OutcomeResponses.IDEMPOTENCY_KEY) String idempotencyKey) {
        Caller c = caller.get();
        return OutcomeResponses.of(idempotency.run(c, idempotencyKey, "POST", "/api/v1/problems", request, () -> {
            Problem p = problems.file(c, request);
            return Result.created("/api/v1/problems/" + p.id, views.etag(p), views.of(p, c));
        }));
    }

    @GET
    @Operation(operationId = "listProblems",
            summary = "List problems with filters; keyset pagination through the Link header")
    @APIResponse(responseCode = "200", description = "A page of problems (without measures)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProblemView[].class)))
    public Response list(@BeanParam ProblemListParams params, @Context UriInfo uri) {
        return Responses.page(queries.list(caller.get(), params.filter(), ProblemSort.parse(params.sort),
                params.cursor, QueryParams.limit(params.limit)), uri);
    }

    @GET
    @Path("/{problemId}")
    @Operation(operationId = "getProblem",
            summary = "Read a problem with its measures and its last 20 ledger entries")
    @APIResponse(responseCode = "200", description = "The problem",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProblemView.class)))
    public Response get(@PathParam("problemId") long problemId, @Context HttpHeaders headers) {
        ProblemQueries.Detail detail = queries.detail(caller.get(), problemId, RECENT_LEDGER);
        return Responses.single(detail.view(), detail.etag(), headers);
    }

    @PATCH
    @Path("/{problemId}")
    @RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR})
    @Operation(operationId = "updateProblem",
            summary = "Edit a problem's description fields; every change is a ledger entry")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProblemView.class)))
    @APIResponse(responseCode = "409", description = "The problem is awaiting verification or closed")
    public Response update(@PathParam("problemId") long problemId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ProblemUpdate request) {
        Caller c = caller.get();
        Problem p = problems.update(c, problemId, ifMatch, request);
        return Response.ok(views.of(p, c)).header(HttpHeaders.ETAG, views.etag(p)).build();
    }
}
