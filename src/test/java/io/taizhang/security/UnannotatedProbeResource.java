package io.taizhang.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A test-only endpoint that someone forgot to annotate with @RolesAllowed. It exists to prove
 * deny-by-default: nobody, whatever their role, may reach it. Hidden from the contract so the
 * published document stays the service's own.
 */
@Path("/api/v1/test-only/unannotated")
@Produces(MediaType.APPLICATION_JSON)
public class UnannotatedProbeResource {

    @GET
    @Operation(hidden = true)
    public String read() {
        return "{\"reached\":true}";
    }

    @POST
    @Operation(hidden = true)
    public String write() {
        return "{\"reached\":true}";
    }
}
