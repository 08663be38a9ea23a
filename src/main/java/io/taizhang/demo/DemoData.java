package io.taizhang.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.taizhang.accounts.Account;
import io.taizhang.accounts.AccountDtos.AccountCreate;
import io.taizhang.accounts.AccountRepository;
import io.taizhang.accounts.AccountService;
import io.taizhang.accounts.TokenService;
import io.taizhang.campaigns.CampaignDtos.CampaignCreate;
import io.taizhang.campaigns.CampaignDtos.CampaignView;
import io.taizhang.campaigns.CampaignDtos.MeetingCreate;
import io.taizhang.campaigns.CampaignDtos.MeetingView;
import io.taizhang.campaigns.CampaignService;
import io.taizhang.campaigns.MeetingKind;
import io.taizhang.common.TaizhangConfig;
import io.taizhang.common.security.Caller;
import io.taizhang.common.security.Role;
import io.taizhang.common.time.BusinessCalendar;
import io.taizhang.evidence.EvidenceDtos.EvidenceCreate;
import io.taizhang.evidence.EvidenceKind;
import io.taizhang.evidence.EvidenceService;
import io.taizhang.measures.MeasureDtos.MeasureCreate;
import io.taizhang.measures.MeasureDtos.ProgressReport;
import io.taizhang.measures.MeasureService;
import io.taizhang.problems.Problem;
import io.taizhang.problems.ProblemDtos.ProblemCreate;
import io.taizhang.problems.ProblemRepository;
import io.taizhang.problems.ProblemService;
import io.taizhang.problems.Source;
import io.taizhang.units.Unit;
import io.taizhang.units.UnitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Dev mode's demo data set: the 2023 campaign and its 16 June teleconference, one liaison per unit,
 * an inspector, a steering member, a dashboard and an admin, each with a printed demo token, and
 * the seven sample problems of the article (attribution illustrative). Everything goes through the
 * services, so the demo ledger is a real one. Loaded once; tokens are printed at every start.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final String CAMPAIGN_CODE = "THEME-EDU-2023";

    private final TaizhangConfig config;
    private final UnitRepository units;
    private final AccountRepository accountRows;
    private final AccountService accounts;
    private final TokenService tokens;
    private final CampaignService campaigns;
    private final ProblemService problems;
    private final ProblemRepository problemRows;
    private final MeasureService measures;
    private final EvidenceService evidence;
    private final BusinessCalendar calendar;

    public DemoData(TaizhangConfig config, UnitRepository units, AccountRepository accountRows, AccountService accounts,
            TokenService tokens, CampaignService campaigns, ProblemService problems, ProblemRepository problemRows,
            MeasureService measures, EvidenceService evidence, BusinessCalendar calendar) {
        this.config = config;
        this.units = units;
        this.accountRows = accountRows;
        this.accounts = accounts;
        this.tokens = tokens;
        this.campaigns = campaigns;
        this.problems = problems;
        this.problemRows = problemRows;
        this.measures = measures;
        this.evidence = evidence;
        this.calendar = calendar;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.demo().enabled()) {
            return;
        }
        Map<String, String> printed = QuarkusTransaction.requiringNew().call(this::ensureAccounts);
        if (problemRows.count() == 0) {
            QuarkusTransaction.requiringNew().run(this::loadProblems);
        }
        StringBuilder table = new StringBuilder("\n\nDemo tokens (dev mode only; curl -H 'Authorization: Bearer <token>'):\n");
        printed.forEach((user, token) -> table.append(String.format("  %-16s %s%n", user, token)));
        LOG.info(table);
    }

    private Map<String, String> ensureAccounts() {
        Map<String, String> printed = new LinkedHashMap<>();
        for (Unit unit : units.list("order by id")) {
            printed.put(username(unit), token(ensure(username(unit), unit.nameZh + " 联络员", Role.LIAISON, unit.id)));
        }
        printed.put("inspector", token(ensure("inspector", "巡回指导组 检查员", Role.INSPECTOR, null)));
        printed.put("inspector2", token(ensure("inspector2", "巡回指导组 检查员二", Role.INSPECTOR, null)));
        printed.put("steering", token(ensure("steering", "主题教育领导小组", Role.STEERING, null)));
        printed.put("dashboard", token(ensure("dashboard", "大屏看板", Role.DASHBOARD, null)));
        printed.put("admin", token(ensure("admin", "Administrator", Role.ADMIN, null)));
        return printed;
    }

    private Account ensure(String username, String displayName, Role role, Long unitId) {
        return accountRows.findByUsername(username).orElseGet(() -> {
            long id = accounts.create(new AccountCreate(username, displayName, role, unitId)).id();
            return accountRows.findById(id);
        });
    }

    private String token(Account account) {
        String token = "tzk_demo_" + account.username.replace('-', '_') + "_not_for_production";
        tokens.storeGiven(account, "demo token", token, calendar.now().plus(Duration.ofDays(365)));
        return token;
    }

    private void loadProblems() {
        CampaignView campaign = campaigns.create(new CampaignCreate(CAMPAIGN_CODE, "2023年学习贯彻习近平新时代中国特色社会主义思想主题教育",
                LocalDate.of(2023, 4, 1), null));
        MeetingView meeting = campaigns.createMeeting(campaign.id(), new MeetingCreate(LocalDate.of(2023, 6, 16),
                "最高人民法院主题教育巡回指导电视电话会议", MeetingKind.TELECONFERENCE));
        LocalDate today = calendar.today();
        List<Problem> filed = new ArrayList<>();
        int i = 0;
        for (SampleProblems.Sample s : SampleProblems.ALL) {
            Caller liaison = caller(units.findByCode(s.unitCode()).orElseThrow());
            filed.add(problems.file(liaison, new ProblemCreate(null, campaign.id(), meeting.id(), s.title(),
                    s.quote() + "\n" + SampleProblems.ILLUSTRATIVE, s.category(), s.workLine(), Source.MEETING_STATEMENT,
                    s.keyAreas(), s.severity(), "单位主要负责人", today.plusDays(45 + 15L * i++))));
        }
        // one problem well under way, so the demo shows measures, progress and evidence
        Problem ledgerProblem = filed.get(3);
        Caller itsc = caller(units.findByCode("ITSC").orElseThrow());
        long measure = measures.add(itsc, ledgerProblem.id, new MeasureCreate("建立问题整改台账，逐项挂号销号",
                "对检视出的问题逐项建立台账，明确责任人和时限，实行清单化管理。", "信息中心办公室", today.plusDays(30)))
                .measure().id;
        measures.start(itsc, measure, null);
        measures.reportProgress(itsc, measure, null, new ProgressReport(60, "台账模板已下发，11项问题已挂号"));
        evidence.add(itsc, measure, new EvidenceCreate(EvidenceKind.RULE_DOCUMENT, "整改台账管理办法（试行）",
                "https://intranet.example/itsc/taizhang-rules.pdf", null));
        LOG.infof("demo data loaded: %d sample problems (attribution illustrative)", filed.size());
    }

    private Caller caller(Unit unit) {
        Account a = accountRows.findByUsername(username(unit)).orElseThrow();
        return new Caller(a.id, a.username, a.displayName, a.role, a.unitId);
    }

    private static String username(Unit unit) {
        return "liaison-" + unit.code.toLowerCase();
    }
}
