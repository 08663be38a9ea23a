package io.taizhang.dashboard;

import io.taizhang.common.http.QueryParams;
import io.taizhang.common.security.CurrentCaller;
import io.taizhang.common.security.Role;
import io.taizhang.dashboard.DashboardDtos.Summary;
import io.taizhang.dashboard.DashboardDtos.Trends;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/dashboard")
@Tag(name = "Dashboard", description = "Summaries, as-of summaries and trends for dashboards and the board")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR, Role.Names.STEERING, Role.Names.DASHBOARD})
public class DashboardResource {

    private final DashboardService dashboard;
    private final TrendService trends;
    private final CurrentCaller caller;

    public DashboardResource(DashboardService dashboard, TrendService trends, CurrentCaller caller) {
        this.dashboard = dashboard;
        this.trends = trends;
        this.caller = caller;
    }

    @GET
    @Path("/summary")
    @Operation(operationId = "dashboardSummary",
            summary = "Counts and rates now, in total and grouped by unit, category, work line, key area, status, light or escalation")
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Summary.class)))
    public Summary summary(
            @Parameter(description = "The dimension to group by; without it the summary has the total only",
                    schema = @Schema(implementation = Dimension.class)) @QueryParam("groupBy") String groupBy,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("campaignId") String campaignId,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("meetingId") String meetingId,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("unitId") String unitId,
            @Parameter(description = "Filed on or after this day (campaign time zone)",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("filedFrom") String filedFrom,
            @Parameter(description = "Filed on or before this day (campaign time zone)",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("filedTo") String filedTo) {
        return dashboard.summary(caller.get(), query(groupBy, campaignId, meetingId, unitId, filedFrom, filedTo));
    }

    @GET
    @Path("/as-of")
    @Operation(operationId = "dashboardSummaryAsOf",
            summary = "The same summary as the ledger stood at the end of a past day, replayed from the ledger entries")
    @APIResponse(responseCode = "200", description = "The summary at the end of that day",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Summary.class)))
    public Summary asOf(
            @Parameter(description = "The day (campaign time zone), before today", required = true,
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("date") String date,
            @Parameter(description = "The dimension to group by; without it the summary has the total only",
                    schema = @Schema(implementation = Dimension.class)) @QueryParam("groupBy") String groupBy,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("campaignId") String campaignId,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("meetingId") String meetingId,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("unitId") String unitId,
            @Parameter(description = "Filed on or after this day",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("filedFrom") String filedFrom,
            @Parameter(description = "Filed on or before this day",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("filedTo") String filedTo) {
        return dashboard.asOf(caller.get(), QueryParams.date("date", date),
                query(groupBy, campaignId, meetingId, unitId, filedFrom, filedTo));
    }

    @GET
    @Path("/trends")
    @Operation(operationId = "dashboardTrends",
            summary = "Weekly series of problems filed, closed, overdue and under escalation, replayed from the ledger")
    @APIResponse(responseCode = "200", description = "One row per week, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Trends.class)))
    public Trends trends(
            @Parameter(description = "A day of the first week (default: 11 weeks before to)",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "A day of the last week, not after today (default today); at most 104 weeks",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("campaignId") String campaignId,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("meetingId") String meetingId,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("unitId") String unitId) {
        return trends.trends(caller.get(), QueryParams.date("from", from), QueryParams.date("to", to),
                QueryParams.id("unitId", unitId), QueryParams.id("campaignId", campaignId),
                QueryParams.id("meetingId", meetingId));
    }

    static DashboardAggregate.Query query(String groupBy, String campaignId, String meetingId, String unitId,
            String filedFrom, String filedTo) {
        Dimension dimension = QueryParams.enumValue("groupBy", groupBy, Dimension.class);
        return new DashboardAggregate.Query(dimension,
                QueryParams.id("unitId", unitId), QueryParams.id("campaignId", campaignId),
                QueryParams.id("meetingId", meetingId), QueryParams.date("filedFrom", filedFrom),
                QueryParams.date("filedTo", filedTo));
    }
}
