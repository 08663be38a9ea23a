package io.taizhang.reports;

import io.taizhang.common.time.BusinessCalendar;
import io.taizhang.measures.MeasureStatus;
import io.taizhang.problems.Problem;
import io.taizhang.problems.ProblemStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;

/**
 * Renders a problem as a line of the official ledger layout, in Chinese as the units' own
 * spreadsheets are written: several measures or evidence records share one cell, one per line,
 * numbered like 1. 2. 3.
 */
@ApplicationScoped
public class LedgerLayout {

    record MeasureLine(String title, String owner, String deadline, String status, int percent) {
    }

    record EvidenceLine(String title, String uri) {
    }

    private final BusinessCalendar calendar;

    public LedgerLayout(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    LedgerRow row(long number, Problem p, String unitName, List<MeasureLine> measures, List<EvidenceLine> evidence) {
        return new LedgerRow(p.id, number,
                "[" + p.ledgerNumber + "] " + p.title + "\n" + p.description,
                numbered(measures.stream().map(m -> m.title() + "（责任人：" + m.owner() + "；时限：" + m.deadline() + "）").toList()),
                unitName == null ? "" : unitName,
                p.responsiblePerson,
                deadline(p.deadline, p.originalDeadline),
                progress(p, measures),
                numbered(evidence.stream().map(e -> e.title() + " " + e.uri()).toList()),
                closeOut(p));
    }

    private static String deadline(LocalDate current, LocalDate original) {
        return current.equals(original) ? current.toString() : current + "（原定 " + original + "）";
    }

    private static String progress(Problem p, List<MeasureLine> measures) {
        StringBuilder text = new StringBuilder(p.status.zh());
        if (!measures.isEmpty()) {
            text.append("；措施完成 ").append(p.measuresDone).append("/").append(p.measureCount);
            int i = 0;
            for (MeasureLine m : measures) {
                text.append("\n").append(++i).append(". ").append(MeasureStatus.valueOf(m.status()).zh())
                        .append(" ").append(m.percent()).append("%");
            }
        }
        return text.toString();
    }

    private String closeOut(Problem p) {
        if (p.status == ProblemStatus.CLOSED) {
            return "已销号（" + LocalDate.ofInstant(p.closedAt, calendar.zone()) + "）";
        }
        return p.status == ProblemStatus.CLOSE_OUT_REQUESTED ? "已申请销号，待核验" : "未销号";
    }

    private static String numbered(List<String> lines) {
        StringJoiner cell = new StringJoiner("\n");
        int i = 0;
        for (String line : lines) {
            cell.add(++i + ". " + line);
        }
        return cell.toString();
    }
}
