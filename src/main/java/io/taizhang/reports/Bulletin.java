package io.taizhang.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A bulletin (通报) for a period: per unit, what was filed, progressed, closed out, went RED,
 * escalated. It carries no "generated at": the same period and ledger give the same bulletin.
 */
@Schema(name = "Bulletin")
public record Bulletin(LocalDate from, LocalDate to, Long campaignId, Totals totals,
        List<UnitSection> units) {

    /** How many problems each list holds. */
    @Schema(name = "BulletinTotals")
    public record Totals(int newlyFiled, int progressed, int closedOut, int wentRed, int escalated) {

        static Totals of(List<UnitSection> units) {
            return new Totals(units.stream().mapToInt(u -> u.totals().newlyFiled()).sum(),
                    units.stream().mapToInt(u -> u.totals().progressed()).sum(),
                    units.stream().mapToInt(u -> u.totals().closedOut()).sum(),
                    units.stream().mapToInt(u -> u.totals().wentRed()).sum(),
                    units.stream().mapToInt(u -> u.totals().escalated()).sum());
        }
    }

    /** One unit's part: the three lists of practice (新增, 推进, 销号), then what went RED and what was escalated. */
    @Schema(name = "BulletinUnit")
    public record UnitSection(long unitId, String unitCode, String unitNameZh, String unitNameEn, Totals totals,
            List<Item> newlyFiled, List<Item> progressed, List<Item> closedOut, List<Item> wentRed,
            List<Item> escalated) {

        static UnitSection of(long unitId, String code, String zh, String en, List<Item> newlyFiled,
                List<Item> progressed, List<Item> closedOut, List<Item> wentRed, List<Item> escalated) {
            return new UnitSection(unitId, code, zh, en, new Totals(newlyFiled.size(), progressed.size(),
                    closedOut.size(), wentRed.size(), escalated.size()), newlyFiled, progressed, closedOut, wentRed,
                    escalated);
        }
    }

    /**
     * A problem on one list, with the ledger entries behind it in the period: how many of each
     * kind (e.g. {@code {"PROGRESS_REPORTED": 2, "EVIDENCE_ADDED": 1}}), the first and the last.
     */
    @Schema(name = "BulletinItem")
    public record Item(long problemId, String ledgerNumber, String title, Instant firstAt, Instant lastAt,
            Map<String, Integer> entries) {
    }
}
