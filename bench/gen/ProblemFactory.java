import io.taizhang.ledger.Changes;
import io.taizhang.ledger.LedgerHasher;
import io.taizhang.supervision.lights.LightRules;
import io.taizhang.supervision.lights.Thresholds;
import io.taizhang.supervision.lights.TrafficLight;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One problem's life as the service would have written it: the problem row, its measures,
 * evidence, verification and supervision records, and its ledger entries chained with the
 * service's own {@link LedgerHasher} and {@link Changes}, so the chain verification endpoint
 * accepts them. Light thresholds come from the service's own {@link LightRules}.
 */
final class ProblemFactory {

    record Actor(long id, String name, String role) {
    }

    record Unit(long id, String code, Actor liaison) {
    }

    /** What the first draws of a problem's random stream decide; the same stream continues in {@link #write}. */
    record Plan(String status, Instant filedAt) {
        static Plan draw(SplittableRandom r, Instant asOf) {
            double s = r.nextDouble();
            String status = s < 0.15 ? "REGISTERED" : s < 0.18 ? "RETURNED_FOR_REVISION" : s < 0.63 ? "IN_RECTIFICATION"
                    : s < 0.73 ? "CLOSE_OUT_REQUESTED" : "CLOSED";
            int[] age = switch (status) {
                case "REGISTERED" -> new int[] {1, 90};
                case "RETURNED_FOR_REVISION" -> new int[] {5, 120};
                case "IN_RECTIFICATION" -> new int[] {20, 400};
                case "CLOSE_OUT_REQUESTED" -> new int[] {40, 500};
                default -> new int[] {60, 700};
            };
            long seconds = (long) (age[0] * 86400L + r.nextDouble() * (age[1] - age[0]) * 86400L);
            return new Plan(status, asOf.minusSeconds(seconds).truncatedTo(ChronoUnit.MILLIS));
        }
    }

    static final String[] CATEGORIES = {"THEORY_PRACTICE", "PROBLEM_FINDING", "FOLLOW_UP", "INTEGRATION", "HARD_PROBLEMS",
        "OTHER"};
    static final String[] WORK_LINES = {"THEORY_STUDY", "INVESTIGATION_RESEARCH", "PROMOTING_DEVELOPMENT",
        "INSPECTION_RECTIFICATION", "RULES_INSTITUTIONS"};
    static final String[] SOURCES = {"SELF_EXAMINATION", "MEETING_STATEMENT", "ON_SITE_SUPERVISION", "ONLINE_SYMPOSIUM",
        "RESEARCH", "PUBLIC_LETTERS", "CASE_HANDLING"};
    static final String[] KEY_AREAS = {"CASE_FILING", "PETITIONS", "ENFORCEMENT"};

    final Ids ids;
    private Tables t;
    private final Instant asOf;
    private final ZoneId zone;
    private final LightRules.Settings lights;
    private final List<Actor> inspectors;
    private final Actor system;
    private Chain chain;

    /** Next ids per table; the generator sets the sequences past them at the end. */
    static final class Ids {
        long measure = 1_000_000, evidence = 1_000_000, verification = 1_000_000, ledger = 1_000_000,
                lookBack = 1_000_000, escalation = 1_000_000, urge = 1_000_000, revision = 1_000_000,
                extension = 1_000_000;
    }

    ProblemFactory(Tables t, Ids ids, Instant asOf, ZoneId zone, LightRules.Settings lights, List<Actor> inspectors,
            Actor system) {
        this.t = t;
        this.ids = ids;
        this.asOf = asOf;
        this.zone = zone;
        this.lights = lights;
        this.inspectors = inspectors;
        this.system = system;
    }

    /** Switches to the other buffer while the last one is being copied. */
    void use(Tables tables) {
        t = tables;
    }

    /** What the load scripts may write to: open problems take measures, measures in progress take reports. */
    record Written(long problemId, String status, boolean open, List<Long> inProgress) {
    }

    /** Writes one problem and everything that hangs off it. */
    Written write(SplittableRandom r, long id, Unit u, String ledgerNumber, long campaignId, Long meetingId) {
        Plan plan = Plan.draw(r, asOf);
        String status = plan.status();
        boolean openWork = !status.equals("CLOSE_OUT_REQUESTED") && !status.equals("CLOSED");
        LocalDate filedOn = LocalDate.ofInstant(plan.filedAt(), zone);
        LocalDate today = LocalDate.ofInstant(asOf, zone);
        LocalDate deadline;
        if (openWork) {
            double d = r.nextDouble();
            int offset = d < 0.18 ? -1 - r.nextInt(60) : d < 0.28 ? r.nextInt(7) : 7 + r.nextInt(234);
            deadline = today.plusDays(offset);
            if (deadline.isBefore(filedOn)) {
                deadline = filedOn.plusDays(7 + r.nextInt(30));
            }
        } else {
            deadline = filedOn.plusDays(30 + r.nextInt(210));
        }
        boolean extended = openWork && r.nextDouble() < 0.06 && deadline.minusDays(15).isAfter(filedOn);
        LocalDate original = extended ? deadline.minusDays(15 + r.nextInt((int) Math.min(45,
                ChronoUnit.DAYS.between(filedOn, deadline) - 15) + 1)) : deadline;

        Instant end = switch (status) {
            case "CLOSED" -> plan.filedAt().plusSeconds((long) ((0.3 + 0.7 * r.nextDouble())
                    * (asOf.getEpochSecond() - 86400 - plan.filedAt().getEpochSecond())));
            case "CLOSE_OUT_REQUESTED" -> later(plan.filedAt(), asOf.minusSeconds(r.nextInt(20 * 86400)));
            default -> later(plan.filedAt(), asOf.minusSeconds(r.nextInt(3 * 86400)));
        };

        List<Measures.Plan> measures = Measures.plan(r, ids, status, deadline, filedOn);
        int events = 1 + measures.stream().mapToInt(Measures.Plan::events).sum() + 9;
        Timeline clock = new Timeline(plan.filedAt(), end, asOf, events, r);
        chain = new Chain(t, ids, id, u, clock);

        String title = Texts.pick(r, Texts.PROBLEMS);
        String description = Texts.pick(r, Texts.CONTEXT) + title + "。整改责任落实到人,按期对账销号。";
        String category = CATEGORIES[skewed(r, CATEGORIES.length)];
        String workLine = WORK_LINES[skewed(r, WORK_LINES.length)];
        String source = SOURCES[skewed(r, SOURCES.length)];
        List<String> keyAreas = new ArrayList<>();
        if (r.nextDouble() < 0.25) {
            keyAreas.add(KEY_AREAS[r.nextInt(3)]);
            if (r.nextDouble() < 0.2) {
                keyAreas.add(KEY_AREAS[r.nextInt(3)]);
            }
        }
        List<String> sortedAreas = keyAreas.stream().distinct().sorted().toList();
        double sv = r.nextDouble();
        String severity = sv < 0.4 ? "LOW" : sv < 0.8 ? "MEDIUM" : "HIGH";
        String responsible = Texts.pick(r, Texts.PEOPLE);

        Instant filedAt = clock.next();
        chain.append(null, u.liaison(), "PROBLEM_FILED", Changes.of()
                .value("ledgerNumber", ledgerNumber).value("unitId", u.id()).value("campaignId", campaignId)
                .value("meetingId", meetingId).value("title", title).value("description", description)
                .value("category", category).value("workLine", workLine).value("source", source)
                .value("keyAreas", sortedAreas).value("severity", severity)
                .value("responsiblePerson", responsible).value("deadline", original)
                .value("status", "REGISTERED"), null, filedAt);

        int revisionCycles = 0;
        if (status.equals("RETURNED_FOR_REVISION")) {
            Actor inspector = inspectors.get(r.nextInt(inspectors.size()));
            Instant at = clock.next();
            chain.append(null, inspector, "RETURNED_FOR_REVISION", Changes.of().field("status", "REGISTERED", status)
                    .value("cycle", 1).value("reasonCategory", "NO_MEASURABLE_TARGET"), "整改目标不可衡量,请重新查摆", at);
            t.revision.add(ids.revision++).add(id).add(u.id()).add(1).add("NO_MEASURABLE_TARGET").add("整改目标不可衡量,请重新查摆")
                    .add(inspector.id()).add(at).add(chain.seq).end();
            revisionCycles = 1;
        }
        for (Measures.Plan m : measures) {
            m.created = clock.next();
            chain.append(m.id, u.liaison(), "MEASURE_ADDED", Changes.of().value("title", m.title)
                    .value("description", m.description).value("owner", m.owner).value("deadline", m.deadline)
                    .value("status", "PLANNED"), null, m.created);
        }
        List<Long> inProgress = new ArrayList<>();
        for (Measures.Plan m : measures) {
            Measures.work(r, chain, m);
            if (m.status.equals("IN_PROGRESS")) {
                inProgress.add(m.id);
            }
        }
        Instant closedAt = null;
        if (status.equals("CLOSE_OUT_REQUESTED") || status.equals("CLOSED")) {
            chain.append(null, u.liaison(), "CLOSE_OUT_REQUESTED",
                    Changes.of().field("status", "IN_RECTIFICATION", "CLOSE_OUT_REQUESTED"), "全部措施已完成,申请销号", clock.next());
        }
        if (status.equals("CLOSED")) {
            closedAt = clock.next();
            writeVerification(r, closedAt);
        }
        LocalDate currentDeadline = deadline;
        if (extended) {
            Actor inspector = inspectors.get(r.nextInt(inspectors.size()));
            long ext = ids.extension++;
            Instant asked = clock.next();
            Instant decided = clock.next();
            chain.append(null, u.liaison(), "EXTENSION_REQUESTED", Changes.of().value("extensionRequestId", ext)
                    .value("deadline", original).value("requestedDeadline", deadline), "客观原因需延期", asked);
            chain.append(null, inspector, "EXTENSION_APPROVED", Changes.of().value("extensionRequestId", ext)
                    .field("deadline", original, deadline), "同意延期", decided);
            t.extension.add(ext).add(id).add(null).add(u.id()).add(original).add(deadline).add("客观原因需延期")
                    .add("APPROVED").add(u.liaison().id()).add(asked).add(inspector.id()).add(decided).add("同意延期").end();
        }
        Thresholds worst = null;
        if (openWork) {
            worst = LightRules.byDeadline(currentDeadline, lights, zone);
            for (Measures.Plan m : measures) {
                if (!m.status.equals("DONE")) {
                    m.lights = LightRules.forMeasure(m.created, m.deadline, m.progress, lights, zone);
                    worst = Thresholds.worst(worst, m.lights);
                }
            }
        }
        TrafficLight light = Thresholds.lightAt(worst, asOf);
        if (light == TrafficLight.YELLOW || light == TrafficLight.RED) {
            chain.append(null, system, "LIGHT_CHANGED", Changes.of().field("light", "GREEN", "YELLOW")
                    .value("since", worst.yellowAt()), null, clock.after(worst.yellowAt()));
        }
        if (light == TrafficLight.RED) {
            chain.append(null, system, "LIGHT_CHANGED", Changes.of().field("light", "YELLOW", "RED")
                    .value("since", worst.redAt()), null, clock.after(worst.redAt()));
        }
        if (openWork && r.nextDouble() < 0.10) {
            Actor inspector = inspectors.get(r.nextInt(inspectors.size()));
            long urge = ids.urge++;
            Instant at = clock.next();
            LocalDate replyBy = LocalDate.ofInstant(at, zone).plusDays(7);
            chain.append(null, inspector, "URGE_SENT", Changes.of().value("urgeId", urge).value("replyBy", replyBy), "请加快整改进度", at);
            t.urge.add(urge).add(id).add(null).add(u.id()).add("请加快整改进度").add(replyBy).add(inspector.id()).add(at).end();
        }
        Instant escalatedAt = null;
        if (light == TrafficLight.RED && r.nextDouble() < 0.25) {
            Actor inspector = inspectors.get(r.nextInt(inspectors.size()));
            long esc = ids.escalation++;
            escalatedAt = clock.next();
            LocalDate until = today.plusDays(30 + r.nextInt(60));
            chain.append(null, inspector, "ESCALATED", Changes.of().value("escalationId", esc).value("rule", "MANUAL")
                    .value("superviseUntil", until), "逾期未整改,挂牌督办", escalatedAt);
            t.escalation.add(esc).add(id).add(u.id()).add(null).add("MANUAL").add("manual:" + escalatedAt).add("ACTIVE")
                    .add(inspector.id()).add(escalatedAt).add(inspector.id()).add(escalatedAt).add("逾期未整改,挂牌督办")
                    .add(until).end();
        }
        for (Measures.Plan m : measures) {
            Measures.row(chain, m, asOf);
        }
        long done = measures.stream().filter(m -> m.status.equals("DONE")).count();
        t.problem.add(id).add(ledgerNumber).add(u.id()).add(campaignId).add(meetingId).add(title).add(description)
                .add(category).add(workLine).add(source).add(sortedAreas).add(severity).add(responsible).add(original)
                .add(currentDeadline).add(status).add(u.liaison().id()).add(filedAt).add(clock.last()).add(closedAt)
                .add(measures.size()).add(done).add(chain.seq).add(chain.seq).add(chain.head)
                .add(worst == null ? null : worst.yellowAt()).add(worst == null ? null : worst.redAt())
                .add(light == null ? null : light.name()).add(escalatedAt).add(revisionCycles).end();
        boolean open = status.equals("REGISTERED") || status.equals("IN_RECTIFICATION");
        return new Written(id, status, open, inProgress);
    }

    private void writeVerification(SplittableRandom r, Instant at) {
        Actor inspector = inspectors.get(r.nextInt(inspectors.size()));
        long v = ids.verification++;
        String[] names = {"problemSolved", "situationChanged", "capabilityImproved", "mechanismImproved", "peopleSatisfied"};
        String[] notes = {"问题已解决", "现状已改变", "能力有提升", "机制已完善", "群众满意"};
        Map<String, Object> answers = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            answers.put(names[i], Map.of("verdict", "YES", "note", notes[i]));
        }
        Map<String, Object> record = new java.util.LinkedHashMap<>();
        record.put("id", v);
        record.put("outcome", "CLOSED");
        record.put("answers", answers);
        LocalDate due = LocalDate.ofInstant(at, zone).plusDays(90);
        chain.append(null, inspector, "VERIFICATION_RECORDED", Changes.of().value("verification", record)
                .field("status", "CLOSE_OUT_REQUESTED", "CLOSED").value("lookBackDueOn", due), null, at);
        t.verification.add(v).add(chain.problemId).add(inspector.id());
        for (String note : notes) {
            t.verification.add("YES").add(note);
        }
        t.verification.add("CLOSED").add(null).add(at).end();
        t.lookBack.add(ids.lookBack++).add(chain.problemId).add(chain.unit.id()).add(at).add(v).add(due).add("PENDING").end();
    }

    private static Instant later(Instant a, Instant b) {
        return b.isAfter(a.plusSeconds(3600)) ? b : a.plusSeconds(3600);
    }

    /** Index skewed towards the first options (about 1/(i+1)), as real distributions are. */
    static int skewed(SplittableRandom r, int n) {
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = 60 / (i + 1) + 5;
        }
        return weighted(r, w);
    }

    static int weighted(SplittableRandom r, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
