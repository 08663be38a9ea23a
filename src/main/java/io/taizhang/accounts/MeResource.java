package io.taizhang.accounts;

import io.taizhang.accounts.AccountDtos.Me;
import io.taizhang.accounts.AccountDtos.UnitRef;
import io.taizhang.common.security.Caller;
import io.taizhang.common.security.CurrentCaller;
import io.taizhang.common.security.Role;
import io.taizhang.units.UnitDtos.UnitView;
import io.taizhang.units.UnitService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final CurrentCaller caller;
    private final UnitService units;

    public MeResource(CurrentCaller caller, UnitService units) {
        this.caller = caller;
        this.units = units;
    }

    @GET
    @RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR, Role.Names.STEERING, Role.Names.DASHBOARD, Role.Names.ADMIN})
    @Operation(operationId = "getMe", summary = "Who the bearer token belongs to: account, role and unit")
    @APIResponse(responseCode = "200", description = "The caller")
    public Me me() {
        Caller c = caller.get();
        UnitRef unit = null;
        if (c.unitId() != null) {
            UnitView u = units.get(c.unitId());
            unit = new UnitRef(u.id(), u.code(), u.nameZh(), u.nameEn());
        }
        return new Me(c.accountId(), c.username(), c.displayName(), c.role(), unit);
    }
}
