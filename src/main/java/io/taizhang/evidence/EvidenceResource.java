package io.taizhang.evidence;

import io.taizhang.common.security.CurrentCaller;
import io.taizhang.common.security.Role;
import io.taizhang.evidence.EvidenceDtos.EvidenceView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/evidence/{evidenceId}")
@Tag(name = "Evidence")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR, Role.Names.STEERING, Role.Names.DASHBOARD})
public class EvidenceResource {

    private final EvidenceService evidence;
    private final CurrentCaller caller;

    public EvidenceResource(EvidenceService evidence, CurrentCaller caller) {
        this.evidence = evidence;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getEvidence", summary = "Read one evidence record")
    @APIResponse(responseCode = "200", description = "The evidence",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceView.class)))
    public EvidenceView get(@PathParam("evidenceId") long evidenceId) {
        return evidence.get(caller.get(), evidenceId);
    }
}
