package io.taizhang.campaigns;

import io.taizhang.campaigns.CampaignDtos.CampaignCreate;
import io.taizhang.campaigns.CampaignDtos.CampaignUpdate;
import io.taizhang.campaigns.CampaignDtos.CampaignView;
import io.taizhang.campaigns.CampaignDtos.MeetingCreate;
import io.taizhang.campaigns.CampaignDtos.MeetingView;
import io.taizhang.common.http.Etags;
import io.taizhang.common.http.QueryParams;
import io.taizhang.common.http.Responses;
import io.taizhang.common.idempotency.Idempotency;
import io.taizhang.common.idempotency.OutcomeResponses;
import io.taizhang.common.idempotency.Result;
import io.taizhang.common.security.CurrentCaller;
import io.taizhang.common.security.Role;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/campaigns")
@Tag(name = "Campaigns", description = "Campaigns and their meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR, Role.Names.STEERING, Role.Names.DASHBOARD, Role.Names.ADMIN})
public class CampaignResource {

    private final CampaignService campaigns;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    public CampaignResource(CampaignService campaigns, Idempotency idempotency, CurrentCaller caller) {
        this.campaigns = campaigns;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listCampaigns", summary = "List campaigns in id order")
    @APIResponse(responseCode = "200", description = "A page of campaigns",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView[].class)))
    public Response list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        Long after = QueryParams.id("cursor", cursor);
        return Responses.page(campaigns.list(after == null ? 0 : after, QueryParams.limit(limit)), uri);
    }

    @GET
    @Path("/{campaignId}")
    @Operation(operationId = "getCampaign", summary = "Read one campaign")
    @APIResponse(responseCode = "200", description = "The campaign",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    public Response get(@PathParam("campaignId") long campaignId, @Context HttpHeaders headers) {
        CampaignView view = campaigns.get(campaignId);
        return Responses.single(view, Etags.of(view.version()), headers);
    }

    @POST
    @RolesAllowed({Role.Names.ADMIN, Role.Names.STEERING})
    @Operation(operationId = "createCampaign", summary = "Start a campaign")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "409", description = "Code taken")
    public Response create(@NotNull @Valid CampaignCreate request,
            @HeaderParam(OutcomeResponses.IDEMPOTENCY_KEY) String idempotencyKey) {
        return OutcomeResponses.of(idempotency.run(caller.get(), idempotencyKey, "POST", "/api/v1/campaigns", request,
                () -> {
                    CampaignView view = campaigns.create(request);
                    return Result.created("/api/v1/campaigns/" + view.id(), Etags.of(view.version()), view);
                }));
    }

    @PATCH
    @Path("/{campaignId}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.STEERING})
    @Operation(operationId = "updateCampaign", summary = "Change a campaign's title or dates")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    public Response update(@PathParam("campaignId") long campaignId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid CampaignUpdate request) {
        CampaignView view = campaigns.update(campaignId, ifMatch, request);
        return Response.ok(view).header(HttpHeaders.ETAG, Etags.of(view.version())).build();
    }

    @GET
    @Path("/{campaignId}/meetings")
    @Operation(operationId = "listMeetings", summary = "List a campaign's meetings")
    @APIResponse(responseCode = "200", description = "A page of meetings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView[].class)))
    public Response meetings(@PathParam("campaignId") long campaignId, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        Long after = QueryParams.id("cursor", cursor);
        return Responses.page(campaigns.meetings(campaignId, after == null ? 0 : after, QueryParams.limit(limit)), uri);
    }

    @POST
    @Path("/{campaignId}/meetings")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.STEERING, Role.Names.INSPECTOR})
    @Operation(operationId = "createMeeting", summary = "Record a meeting of the campaign")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    public Response createMeeting(@PathParam("campaignId") long campaignId, @NotNull @Valid MeetingCreate request,
            @HeaderParam(OutcomeResponses.IDEMPOTENCY_KEY) String idempotencyKey) {
        return OutcomeResponses.of(idempotency.run(caller.get(), idempotencyKey, "POST",
                "/api/v1/campaigns/" + campaignId + "/meetings", request, () -> {
                    MeetingView view = campaigns.createMeeting(campaignId, request);
                    return Result.created("/api/v1/meetings/" + view.id(), Etags.of(view.version()), view);
                }));
    }
}
