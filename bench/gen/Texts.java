import java.util.SplittableRandom;

/**
 * Text for generated records. The problem sentences are the ones the 16 June 2023 meeting quoted
 * (domain.md); which unit "said" which is illustrative, as in the demo data.
 */
final class Texts {

    static final String[] PROBLEMS = {
        "对理论学习的安排存在\"一刀切\"的问题,针对性不强",
        "学习不够入脑入心,有的同志停留在知道几个关键词、背了几段金句上",
        "对身边的问题、\"送上门\"的调研没有引起足够的重视,更没有用好",
        "一些问题检视出来了,整改措施也有了,但台账式管理、项目化推进的力度、决心都还有欠缺",
        "有些服务群众的举措,自以为做得不错,实际上与群众的需求还相去甚远",
        "把主题教育成果落实在司法审判工作中做得还不够,工作质效提升还不明显",
        "\"三个规定\"填报数量明显上升,反过来更说明我们的工作没有做到位",
        "立案窗口排队时间长,网上立案退回率偏高",
        "信访件答复超期,群众反映问题未闭环",
        "执行案件终本比例偏高,财产查控不够彻底",
    };
    static final String[] CONTEXT = {
        "经自查发现,", "在会议发言中查摆,", "巡回指导组实地督导指出,", "线上座谈中群众反映,", "调研中发现,",
    };
    static final String[] MEASURES = {
        "制定分层分类学习计划", "建立问题整改台账并按月对账", "开展专题调研并形成制度成果", "优化立案窗口流程",
        "建立信访件限时答复机制", "开展执行积案专项清理", "组织案例研讨与业务培训", "修订内部考核办法",
    };
    static final String[] PEOPLE = {"王建国", "李明", "张华", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周强", "吴敏"};
    static final String[] NOTES = {"按计划推进", "已召开专题会议", "完成阶段性目标", "材料已归档", "进度略有滞后,正在追赶"};

    private Texts() {
    }

    static String pick(SplittableRandom r, String[] options) {
        return options[r.nextInt(options.length)];
    }
}
