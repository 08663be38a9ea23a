package io.taizhang.campaigns;

import io.taizhang.campaigns.CampaignDtos.MeetingUpdate;
import io.taizhang.campaigns.CampaignDtos.MeetingView;
import io.taizhang.common.http.Etags;
import io.taizhang.common.http.Responses;
import io.taizhang.common.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/meetings/{meetingId}")
@Tag(name = "Campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingResource {

    private final CampaignService campaigns;

    public MeetingResource(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @GET
    @RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR, Role.Names.STEERING, Role.Names.DASHBOARD, Role.Names.ADMIN})
    @Operation(operationId = "getMeeting", summary = "Read one meeting")
    @APIResponse(responseCode = "200", description = "The meeting",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    public Response get(@PathParam("meetingId") long meetingId, @Context HttpHeaders headers) {
        MeetingView view = campaigns.meeting(meetingId);
        return Responses.single(view, Etags.of(view.version()), headers);
    }

    @PATCH
    @RolesAllowed({Role.Names.ADMIN, Role.Names.STEERING, Role.Names.INSPECTOR})
    @Operation(operationId = "updateMeeting", summary = "Correct a meeting's date, title or kind")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    public Response update(@PathParam("meetingId") long meetingId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid MeetingUpdate request) {
        MeetingView view = campaigns.updateMeeting(meetingId, ifMatch, request);
        return Response.ok(view).header(HttpHeaders.ETAG, Etags.of(view.version())).build();
    }
}
