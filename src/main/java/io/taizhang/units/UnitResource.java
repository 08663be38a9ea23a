package io.taizhang.units;

import io.taizhang.common.http.Etags;
import io.taizhang.common.http.QueryParams;
import io.taizhang.common.http.Responses;
import io.taizhang.common.idempotency.Idempotency;
import io.taizhang.common.idempotency.OutcomeResponses;
import io.taizhang.common.idempotency.Result;
import io.taizhang.common.security.CurrentCaller;
import io.taizhang.common.security.Role;
import io.taizhang.units.UnitDtos.UnitCreate;
import io.taizhang.units.UnitDtos.UnitUpdate;
import io.taizhang.units.UnitDtos.UnitView;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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

@Path("/api/v1/units")
@Tag(name = "Units", description = "The units of the organisation (13 seeded)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitResource {

    private final UnitService units;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    public UnitResource(UnitService units, Idempotency idempotency, CurrentCaller caller) {
        this.units = units;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR, Role.Names.STEERING, Role.Names.DASHBOARD, Role.Names.ADMIN})
    @Operation(operationId = "listUnits", summary = "List units in id order")
    @APIResponse(responseCode = "200", description = "A page of units",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView[].class)))
    public Response list(@Parameter(description = "true: only active units; false: only deactivated ones",
            schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("active") String active, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        Long after = QueryParams.id("cursor", cursor);
        return Responses.page(units.list(after == null ? 0 : after, QueryParams.bool("active", active),
                QueryParams.limit(limit)), uri);
    }

    @GET
    @Path("/{unitId}")
    @RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR, Role.Names.STEERING, Role.Names.DASHBOARD, Role.Names.ADMIN})
    @Operation(operationId = "getUnit", summary = "Read one unit")
    @APIResponse(responseCode = "200", description = "The unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    public Response get(@PathParam("unitId") long unitId, @Context HttpHeaders headers) {
        UnitView view = units.get(unitId);
        return Responses.single(view, Etags.of(view.version()), headers);
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "createUnit", summary = "Add a unit")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "409", description = "Code taken")
    public Response create(@NotNull @Valid UnitCreate request,
            @HeaderParam(OutcomeResponses.IDEMPOTENCY_KEY) String idempotencyKey) {
        return OutcomeResponses.of(idempotency.run(caller.get(), idempotencyKey, "POST", "/api/v1/units", request, () -> {
            UnitView view = units.create(request);
            return Result.created("/api/v1/units/" + view.id(), Etags.of(view.version()), view);
        }));
    }

    @PATCH
    @Path("/{unitId}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "updateUnit", summary = "Rename, deactivate or reactivate a unit")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    public Response update(@PathParam("unitId") long unitId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid UnitUpdate request) {
        UnitView view = units.update(unitId, ifMatch, request);
        return Response.ok(view).header(HttpHeaders.ETAG, Etags.of(view.version())).build();
    }
}
