package io.taizhang.supervision.lookback;

import io.taizhang.common.security.CurrentCaller;
import io.taizhang.common.security.Role;
import io.taizhang.supervision.lookback.LookBackDtos.LookBackView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/problems/{problemId}/look-backs")
@Tag(name = "Look-backs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR, Role.Names.STEERING, Role.Names.DASHBOARD})
public class ProblemLookBacksResource {

    private final LookBackService lookBacks;
    private final CurrentCaller caller;

    public ProblemLookBacksResource(LookBackService lookBacks, CurrentCaller caller) {
        this.lookBacks = lookBacks;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listProblemLookBacks", summary = "A problem's look-backs, one per closure, oldest first")
    @APIResponse(responseCode = "200", description = "The look-backs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LookBackView[].class)))
    public List<LookBackView> list(@PathParam("problemId") long problemId) {
        return lookBacks.ofProblem(caller.get(), problemId);
    }
}
