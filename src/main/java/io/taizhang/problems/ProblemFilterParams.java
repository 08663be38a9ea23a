package io.taizhang.problems;

import io.taizhang.common.http.QueryParams;
import io.taizhang.supervision.lights.TrafficLight;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The filters of GET /problems, parsed by hand so that a bad one is a 400 that names it. Shared with
 * the ledger export, which filters exactly like the list.
 */
public class ProblemFilterParams {

    @QueryParam("unitId")
    @Parameter(description = "Only this unit's problems", schema = @Schema(type = SchemaType.INTEGER))
    String unitId;

    @QueryParam("campaignId")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER))
    String campaignId;

    @QueryParam("meetingId")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER))
    String meetingId;

    @QueryParam("status")
    @Parameter(schema = @Schema(implementation = ProblemStatus.class))
    String status;

    @QueryParam("category")
    @Parameter(schema = @Schema(implementation = Category.class))
    String category;

    @QueryParam("workLine")
    @Parameter(schema = @Schema(implementation = WorkLine.class))
    String workLine;

    @QueryParam("keyArea")
    @Parameter(description = "Problems touching this key area", schema = @Schema(implementation = KeyArea.class))
    String keyArea;

    @QueryParam("priority")
    @Parameter(description = "true: problems in any key area (立案, 信访, 执行)", schema = @Schema(type = SchemaType.BOOLEAN))
    String priority;

    @QueryParam("severity")
    @Parameter(schema = @Schema(implementation = Severity.class))
    String severity;

    @QueryParam("deadlineBefore")
    @Parameter(description = "Deadline strictly before this date", schema = @Schema(type = SchemaType.STRING, format = "date"))
    String deadlineBefore;

    @QueryParam("deadlineAfter")
    @Parameter(description = "Deadline strictly after this date", schema = @Schema(type = SchemaType.STRING, format = "date"))
    String deadlineAfter;

    @QueryParam("overdue")
    @Parameter(description = "true: past the deadline (see overdueAgainst) and not closed", schema = @Schema(type = SchemaType.BOOLEAN))
    String overdue;

    @QueryParam("overdueAgainst")
    @Parameter(description = "Which deadline `overdue` is measured against: CURRENT (default, after approved extensions) or ORIGINAL",
            schema = @Schema(implementation = DeadlineBasis.class))
    String overdueAgainst;

    @QueryParam("light")
    @Parameter(description = "Traffic light now; problems without a light (awaiting verification, closed) never match",
            schema = @Schema(implementation = TrafficLight.class))
    String light;

    @QueryParam("escalated")
    @Parameter(description = "true: under the leading group's named supervision (挂牌督办)", schema = @Schema(type = SchemaType.BOOLEAN))
    String escalated;

    @QueryParam("q")
    @Parameter(description = "Substring of title or description; works for Chinese (at most 100 characters)",
            schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    String q;

    @QueryParam("updatedSince")
    @Parameter(description = "Changed at or after this instant", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    String updatedSince;

    public ProblemFilter filter() {
        OffsetDateTime since = QueryParams.instant("updatedSince", updatedSince);
        return new ProblemFilter(
                QueryParams.id("unitId", unitId),
                QueryParams.id("campaignId", campaignId),
                QueryParams.id("meetingId", meetingId),
                QueryParams.enumValue("status", status, ProblemStatus.class),
                QueryParams.enumValue("category", category, Category.class),
                QueryParams.enumValue("workLine", workLine, WorkLine.class),
                QueryParams.enumValue("keyArea", keyArea, KeyArea.class),
                QueryParams.bool("priority", priority),
                QueryParams.enumValue("severity", severity, Severity.class),
                QueryParams.date("deadlineBefore", deadlineBefore),
                QueryParams.date("deadlineAfter", deadlineAfter),
                QueryParams.bool("overdue", overdue),
                QueryParams.enumValue("overdueAgainst", overdueAgainst, DeadlineBasis.class),
                QueryParams.enumValue("light", light, TrafficLight.class),
                QueryParams.bool("escalated", escalated),
                QueryParams.text("q", q, 100),
                since == null ? null : since.toInstant());
    }
}
