package io.taizhang.reports;

import io.taizhang.common.http.QueryParams;
import io.taizhang.common.security.CurrentCaller;
import io.taizhang.common.security.Role;
import io.taizhang.common.time.BusinessCalendar;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Bulletins (通报) as JSON or as a printable page. Like the ledger export, the {@code format}
 * parameter chooses (a link to the page must work from a browser), so no @Produces.
 */
@Path("/api/v1/bulletins")
@Tag(name = "Bulletins", description = "What happened in a period, per unit (通报)")
@RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR, Role.Names.STEERING, Role.Names.DASHBOARD})
public class BulletinResource {

    /** The page loads nothing from anywhere and runs no script; its style is inline. */
    static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

    private final BulletinService bulletins;
    private final CurrentCaller caller;
    private final BusinessCalendar calendar;

    public BulletinResource(BulletinService bulletins, CurrentCaller caller, BusinessCalendar calendar) {
        this.bulletins = bulletins;
        this.caller = caller;
        this.calendar = calendar;
    }

    @GET
    @Operation(operationId = "getBulletin",
            summary = "Bulletin for a period (default the last 7 days): per unit newly filed, progressed, closed out, went RED, escalated")
    @APIResponse(responseCode = "200", description = "The bulletin; format=html gives a printable page",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Bulletin.class)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    public Response bulletin(
            @Parameter(description = "First day (default: six days before `to`)",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Last day, included (default: today in the campaign's zone)",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "Only this unit", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("unitId") String unitId,
            @Parameter(description = "Only problems of this campaign", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("campaignId") String campaignId,
            @Parameter(description = "json (default) or html (printable)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "html"})) @QueryParam("format") String format) {
        boolean html = format(format);
        Bulletin b = bulletins.bulletin(caller.get(), QueryParams.date("from", from), QueryParams.date("to", to),
                QueryParams.id("unitId", unitId), QueryParams.id("campaignId", campaignId));
        if (!html) {
            return Response.ok(b, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(BulletinHtml.render(b, calendar.toOffset(calendar.now())), "text/html; charset=UTF-8")
                .header("Content-Security-Policy", PAGE_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static boolean format(String raw) {
        if (raw == null || raw.isBlank() || raw.trim().equals("json")) {
            return false;
        }
        if (raw.trim().equals("html")) {
            return true;
        }
        throw io.taizhang.common.errors.ApiException.invalid("format", "must be json or html");
    }
}
