package io.taizhang.reports;

import java.util.List;

/**
 * One line of the ledger in the layout units keep in their spreadsheets (序号 … 销号情况), every
 * cell already rendered as text. The problem id stays with it for tests and logs, not for the file.
 */
public record LedgerRow(long problemId, long number, String problem, String measures, String unit,
        String responsible, String deadline, String progress, String evidence, String closeOut) {

    /** The column headings: Chinese as units write them, English as a second heading line. */
    public static final List<String> HEADINGS_ZH = List.of("序号", "问题", "整改措施", "责任单位", "责任人", "整改时限",
            "进展情况", "佐证材料", "销号情况");
    public static final List<String> HEADINGS_EN = List.of("No.", "Problem", "Rectification measures", "Responsible unit",
            "Responsible person", "Deadline", "Progress", "Supporting evidence", "Close-out");

    /** The text cells after the number, in column order. */
    public List<String> texts() {
        return List.of(problem, measures, unit, responsible, deadline, progress, evidence, closeOut);
    }
}
