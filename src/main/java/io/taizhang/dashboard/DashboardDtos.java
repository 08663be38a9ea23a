package io.taizhang.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the dashboard endpoints answer. Rates are fractions with four decimals, null when undefined. */
public final class DashboardDtos {

    private DashboardDtos() {
    }

    @Schema(description = "Counts and rates of a set of problems")
    public record Metrics(
            @Schema(description = "Problems filed") long filed,
            @Schema(description = "Problems not CLOSED") long open,
            @Schema(description = "Problems CLOSED (销号)") long closed,
            @Schema(description = "Closed on or before their original deadline") long closedOnTime,
            @Schema(description = "Past their current deadline and not CLOSED") long overdue,
            @Schema(description = "Open problems whose light is GREEN") long green,
            @Schema(description = "Open problems whose light is YELLOW") long yellow,
            @Schema(description = "Open problems whose light is RED") long red,
            @Schema(description = "Problems under active escalation (挂牌督办)") long escalated,
            @Schema(description = "Urges not answered yet") long unansweredUrges,
            @Schema(description = "Look-backs that found a relapse (回头看)") long relapses,
            @Schema(description = "Rectification measures") long measures,
            @Schema(description = "Measures DONE") long measuresDone,
            @Schema(description = "closed / filed (整改完成率)") Double completionRate,
            @Schema(description = "closedOnTime / closed (按期完成率)") Double onTimeRate,
            @Schema(description = "overdue / open (超期率)") Double overdueRate,
            @Schema(description = "measuresDone / measures") Double measuresDoneRate,
            @Schema(description = "Mean calendar days from filing to close-out, two decimals") Double meanDaysToClose,
            @Schema(description = "Median calendar days from filing to close-out") Double medianDaysToClose) {
    }

    @Schema(description = "One group of a summary")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Group(
            @Schema(description = "The group's key: a unit id for UNIT, an enumeration value, NONE, or true/false for ESCALATED")
            String key,
            @Schema(description = "For UNIT: the unit's id") Long unitId,
            @Schema(description = "For UNIT: the unit's code") String unitCode,
            Metrics metrics) {
    }

    @Schema(description = "The filters a summary was computed with")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Filters(Long campaignId, Long meetingId, Long unitId, LocalDate filedFrom, LocalDate filedTo) {
    }

    @Schema(description = "A dashboard summary: the total and one row per group")
    public record Summary(
            @Schema(description = "The dimension the groups are of; absent when the summary has the total only")
            @JsonInclude(JsonInclude.Include.NON_NULL) Dimension groupBy,
            @Schema(description = "For an as-of summary: the instant its lights and overdue flags were evaluated at (a live summary is evaluated when it is asked)")
            @JsonInclude(JsonInclude.Include.NON_NULL) Instant at,
            @Schema(description = "Set for an as-of summary: the day whose end the ledger was replayed to")
            @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate asOf,
            Filters filters,
            Metrics total,
            @Schema(description = "One row per group, empty without groupBy") List<Group> groups) {
    }

    @Schema(description = "One week (Monday to Sunday) of a trend")
    public record Week(
            @Schema(description = "Monday") LocalDate weekStart,
            @Schema(description = "Sunday") LocalDate weekEnd,
            @Schema(description = "Problems filed during the week") long filed,
            @Schema(description = "Close-outs (销号) during the week") long closed,
            @Schema(description = "Problems overdue at the end of the week (now, for the current week)") long overdue,
            @Schema(description = "Problems under escalation at the end of the week (now, for the current week)")
            long escalated) {
    }

    @Schema(description = "Weekly series of filed, closed, overdue and escalated problems, replayed from the ledger")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Trends(
            @Schema(description = "Monday of the first week") LocalDate from,
            @Schema(description = "Sunday of the last week") LocalDate to,
            Long unitId, Long campaignId, Long meetingId, List<Week> weeks) {
    }
}
