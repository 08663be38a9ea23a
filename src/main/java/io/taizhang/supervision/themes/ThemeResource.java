package io.taizhang.supervision.themes;

import io.taizhang.common.http.QueryParams;
import io.taizhang.common.http.Responses;
import io.taizhang.common.idempotency.Idempotency;
import io.taizhang.common.idempotency.OutcomeResponses;
import io.taizhang.common.idempotency.Result;
import io.taizhang.common.security.Caller;
import io.taizhang.common.security.CurrentCaller;
import io.taizhang.common.security.Role;
import io.taizhang.supervision.themes.ThemeDtos.ThemeCreate;
import io.taizhang.supervision.themes.ThemeDtos.ThemeLink;
import io.taizhang.supervision.themes.ThemeDtos.ThemeSummary;
import io.taizhang.supervision.themes.ThemeDtos.ThemeView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/themes")
@Tag(name = "Themes", description = "Cross-unit themes (共性问题) and their progress across the units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR, Role.Names.STEERING, Role.Names.DASHBOARD})
public class ThemeResource {

    private final ThemeService themes;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    public ThemeResource(ThemeService themes, Idempotency idempotency, CurrentCaller caller) {
        this.themes = themes;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Role.Names.INSPECTOR)
    @Operation(operationId = "createTheme", summary = "Create a cross-unit theme linking problems of several units")
    @APIResponse(responseCode = "201", description = "Created, with its progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThemeView.class)))
    public Response create(@NotNull @Valid ThemeCreate request,
            @HeaderParam(OutcomeResponses.IDEMPOTENCY_KEY) String idempotencyKey) {
        Caller c = caller.get();
        return OutcomeResponses.of(idempotency.run(c, idempotencyKey, "POST", "/api/v1/themes", request, () -> {
            ThemeView view = themes.create(c, request);
            return Result.created("/api/v1/themes/" + view.id(), null, view);
        }));
    }

    @GET
    @Operation(operationId = "listThemes", summary = "Themes, newest first (a liaison sees those with its unit's problems)")
    @APIResponse(responseCode = "200", description = "A page of themes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThemeSummary[].class)))
    public Response list(
            @Parameter(description = "Page size, 1-200 (default 50)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from the Link header") @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        return Responses.page(themes.list(caller.get(), cursor, QueryParams.limit(limit)), uri);
    }

    @GET
    @Path("/{themeId}")
    @Operation(operationId = "getTheme",
            summary = "A theme's progress per unit and in total: problems closed, measures done, lights")
    @APIResponse(responseCode = "200", description = "The theme (a liaison sees its own unit's part only)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThemeView.class)))
    public ThemeView get(@PathParam("themeId") long themeId) {
        return themes.get(caller.get(), themeId);
    }

    @POST
    @Path("/{themeId}/problems")
    @RolesAllowed(Role.Names.INSPECTOR)
    @Operation(operationId = "linkThemeProblem", summary = "Link one more problem to the theme")
    @APIResponse(responseCode = "200", description = "Linked; the theme's progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThemeView.class)))
    @APIResponse(responseCode = "409", description = "Already linked")
    public Response link(@PathParam("themeId") long themeId, @NotNull @Valid ThemeLink request,
            @HeaderParam(OutcomeResponses.IDEMPOTENCY_KEY) String idempotencyKey) {
        Caller c = caller.get();
        return OutcomeResponses.of(idempotency.run(c, idempotencyKey, "POST", "/api/v1/themes/" + themeId + "/problems",
                request, () -> Result.ok(null, themes.link(c, themeId, request.problemId()))));
    }

    @DELETE
    @Path("/{themeId}/problems/{problemId}")
    @RolesAllowed(Role.Names.INSPECTOR)
    @Operation(operationId = "unlinkThemeProblem", summary = "Unlink a problem from the theme (the ledger keeps both events)")
    @APIResponse(responseCode = "409", description = "The problem is not linked to this theme")
    @APIResponse(responseCode = "200", description = "Unlinked; the theme's progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThemeView.class)))
    public ThemeView unlink(@PathParam("themeId") long themeId, @PathParam("problemId") long problemId) {
        return themes.unlink(caller.get(), themeId, problemId);
    }
}
