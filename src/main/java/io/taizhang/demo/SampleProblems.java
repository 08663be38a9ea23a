package io.taizhang.demo;

import io.taizhang.problems.Category;
import io.taizhang.problems.KeyArea;
import io.taizhang.problems.Severity;
import io.taizhang.problems.WorkLine;
import java.util.List;
import java.util.Set;

/**
 * The seven self-reported problems quoted in the source article. The article does not say which
 * unit said which; the attribution below is illustrative only, and every description says so.
 */
final class SampleProblems {

    static final String ILLUSTRATIVE = "（示例数据：原文未说明该问题由哪个单位提出，此处归属仅为示意。"
            + " Demo data: the article does not say which unit raised this; the attribution is illustrative.）";

    record Sample(String unitCode, String title, String quote, Category category, WorkLine workLine,
            Set<KeyArea> keyAreas, Severity severity) {
    }

    static final List<Sample> ALL = List.of(
            new Sample("CC1", "理论学习安排“一刀切”，针对性不强",
                    "对理论学习的安排存在“一刀切”的问题，针对性不强",
                    Category.THEORY_PRACTICE, WorkLine.THEORY_STUDY, Set.of(), Severity.MEDIUM),
            new Sample("NJC", "学习不够入脑入心，未能结合实际运用",
                    "学习不够入脑入心，有的同志停留在知道几个关键词、背了几段金句上，没有能结合实际运用到具体工作中",
                    Category.THEORY_PRACTICE, WorkLine.THEORY_STUDY, Set.of(), Severity.MEDIUM),
            new Sample("CC3", "对身边问题和“送上门”的调研重视不够",
                    "对身边的问题、“送上门”的调研没有引起足够的重视，更没有用好",
                    Category.PROBLEM_FINDING, WorkLine.INVESTIGATION_RESEARCH, Set.of(KeyArea.PETITIONS), Severity.HIGH),
            new Sample("ITSC", "台账式管理、项目化推进力度不够",
                    "一些问题检视出来了，整改措施也有了，但台账式管理、项目化推进的力度、决心都还有欠缺",
                    Category.FOLLOW_UP, WorkLine.INSPECTION_RECTIFICATION, Set.of(), Severity.HIGH),
            new Sample("CC5", "服务群众举措与群众需求相去甚远",
                    "有些服务群众的举措，自以为做得不错，实际上与群众的需求还相去甚远，“如我在诉”的要求落实得不好",
                    Category.INTEGRATION, WorkLine.PROMOTING_DEVELOPMENT, Set.of(KeyArea.CASE_FILING, KeyArea.ENFORCEMENT),
                    Severity.HIGH),
            new Sample("IPC", "主题教育成果落实到审判工作不够",
                    "把主题教育成果落实在司法审判工作中做得还不够，工作质效提升还不明显",
                    Category.HARD_PROBLEMS, WorkLine.PROMOTING_DEVELOPMENT, Set.of(KeyArea.ENFORCEMENT), Severity.MEDIUM),
            new Sample("OSC", "“三个规定”填报数量上升反映工作不到位",
                    "“三个规定”填报数量明显上升，反过来更说明我们的工作没有做到位",
                    Category.HARD_PROBLEMS, WorkLine.RULES_INSTITUTIONS, Set.of(), Severity.LOW));

    private SampleProblems() {
    }
}
