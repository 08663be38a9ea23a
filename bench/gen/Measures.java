import io.taizhang.ledger.Changes;
import io.taizhang.supervision.lights.Thresholds;
import io.taizhang.supervision.lights.TrafficLight;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** A problem's measures: planned up front (so the timeline knows how many events to spread), then worked. */
final class Measures {

    static final String[] EVIDENCE_KINDS = {"DOCUMENT", "PHOTO", "LINK", "MEETING_MINUTES", "RULE_DOCUMENT",
        "SURVEY_RESULT"};

    static final class Plan {
        long id;
        String title, description, owner, status;
        LocalDate deadline;
        int reports, evidence, progress, version;
        Instant created, updated, startedAt, completedAt;
        Thresholds lights;

        int events() {
            return 3 + reports + evidence;
        }
    }

    private Measures() {
    }

    /** About 3 measures per problem: none when returned for revision, planned only while registered. */
    static List<Plan> plan(SplittableRandom r, ProblemFactory.Ids ids, String status, LocalDate deadline,
            LocalDate filedOn) {
        int count = switch (status) {
            case "REGISTERED" -> r.nextInt(4);
            case "RETURNED_FOR_REVISION" -> 0;
            default -> 1 + ProblemFactory.weighted(r, new int[] {10, 20, 25, 20, 15, 10});
        };
        List<Plan> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Plan m = new Plan();
            m.id = ids.measure++;
            m.title = Texts.pick(r, Texts.MEASURES);
            m.description = m.title + ",明确时间表和责任人。";
            m.owner = Texts.pick(r, Texts.PEOPLE);
            LocalDate d = deadline.minusDays(r.nextInt(20));
            m.deadline = d.isAfter(filedOn) ? d : deadline;
            double s = r.nextDouble();
            m.status = switch (status) {
                case "REGISTERED" -> "PLANNED";
                case "IN_RECTIFICATION" -> i == 0 ? (s < 0.6 ? "IN_PROGRESS" : "DONE")
                        : s < 0.25 ? "PLANNED" : s < 0.7 ? "IN_PROGRESS" : "DONE";
                default -> "DONE";
            };
            m.reports = m.status.equals("PLANNED") ? 0 : r.nextInt(3);
            m.evidence = switch (m.status) {
                case "DONE" -> r.nextDouble() < 0.8 ? 1 : 2;
                case "IN_PROGRESS" -> r.nextDouble() < 0.7 ? 0 : 1;
                default -> 0;
            };
            out.add(m);
        }
        return out;
    }

    /** Start, progress reports, evidence and completion, each with its ledger entry. */
    static void work(SplittableRandom r, Chain c, Plan m) {
        m.updated = m.created;
        if (m.status.equals("PLANNED")) {
            return;
        }
        ProblemFactory.Actor liaison = c.unit.liaison();
        m.startedAt = c.clock.next();
        c.append(m.id, liaison, "MEASURE_STARTED", Changes.of().field("status", "PLANNED", "IN_PROGRESS"), null,
                m.startedAt);
        if (!c.started) {
            c.started = true;
            c.append(null, liaison, "STATUS_CHANGED", Changes.of().field("status", "REGISTERED", "IN_RECTIFICATION"),
                    "first measure started", c.clock.next());
        }
        int progress = 0;
        for (int i = 0; i < m.reports; i++) {
            int before = progress;
            progress = Math.min(95, progress + 5 + r.nextInt(40));
            c.append(m.id, liaison, "PROGRESS_REPORTED", Changes.of().change("progressPercent", before, progress),
                    Texts.pick(r, Texts.NOTES), c.clock.next());
        }
        for (int i = 0; i < m.evidence; i++) {
            long ev = c.ids.evidence++;
            Instant at = c.clock.next();
            String kind = EVIDENCE_KINDS[r.nextInt(EVIDENCE_KINDS.length)];
            String title = "整改佐证材料 " + (i + 1);
            String uri = "https://files.court.example/" + c.unit.code() + "/" + ev + ".pdf";
            String sha = r.nextBoolean() ? Long.toHexString(r.nextLong() | Long.MIN_VALUE).repeat(4) : null;
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("id", ev);
            record.put("kind", kind);
            record.put("title", title);
            record.put("uri", uri);
            record.put("sha256", sha);
            c.append(m.id, liaison, "EVIDENCE_ADDED", Changes.of().value("evidence", record)
                    .field("evidenceCount", i, i + 1), null, at);
            c.t.evidence.add(ev).add(m.id).add(c.problemId).add(c.unit.id()).add(kind).add(title).add(uri).add(sha)
                    .add(liaison.id()).add(at).end();
        }
        if (m.status.equals("DONE")) {
            m.completedAt = c.clock.next();
            c.append(m.id, liaison, "MEASURE_COMPLETED", Changes.of().field("status", "IN_PROGRESS", "DONE")
                    .field("progressPercent", progress, 100), "措施已完成", m.completedAt);
            progress = 100;
        }
        m.progress = progress;
        m.updated = c.clock.last();
        m.version = 1 + m.reports + m.evidence + (m.completedAt == null ? 0 : 1);
    }

    static void row(Chain c, Plan m, Instant asOf) {
        TrafficLight light = Thresholds.lightAt(m.lights, asOf);
        boolean lit = light == TrafficLight.YELLOW || light == TrafficLight.RED;
        c.t.measure.add(m.id).add(c.problemId).add(c.unit.id()).add(m.title).add(m.description).add(m.owner)
                .add(m.deadline).add(m.deadline).add(m.status).add(m.progress).add(m.evidence).add(c.unit.liaison().id())
                .add(m.created).add(m.updated).add(m.startedAt).add(m.completedAt).add(m.version)
                .add(m.lights == null ? null : m.lights.yellowAt()).add(m.lights == null ? null : m.lights.redAt())
                .add(light == null ? null : light.name()).add(lit ? 1 : 0).end();
    }
}
