import io.taizhang.supervision.lights.LightRules;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * Loads a national-scale (or a tenth) data set into a database the service's Flyway has migrated.
 * Usage: java -cp bench-classes:app-classpath BenchData URL national|tenth SEED OUT_DIR
 * Repeatable: the same seed and "as of" day give the same data and the same tokens.
 */
public final class BenchData {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LightRules.Settings LIGHTS = new LightRules.Settings(7, 20);
    static final int BATCH = 2_000;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        boolean national = !args[1].equals("tenth");
        long seed = Long.parseLong(args[2]);
        Path out = Path.of(args[3]);
        Instant asOf = args.length > 4 ? Instant.parse(args[4]) : Instant.now().truncatedTo(ChronoUnit.SECONDS);
        int unitCount = national ? 3_500 : 350;
        int problemCount = national ? 100_000 : 10_000;
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // rows are consistent by construction; skipping the foreign-key triggers makes COPY ~3x faster.
                // CHECK, NOT NULL and UNIQUE constraints still apply.
                s.execute("SET session_replication_role = replica");
                s.execute("SET synchronous_commit = off");
                ResultSet n = s.executeQuery("SELECT count(*) FROM problem");
                n.next();
                if (n.getLong(1) > 0) {
                    throw new IllegalStateException("the database already holds problems; generate into a fresh one");
                }
            }
            int[] unitOfSlot = UnitSizes.zipfSlots(new SplittableRandom(seed + 1), unitCount, problemCount);
            Directory dir = Directory.create(c, new SplittableRandom(seed), unitCount,
                    UnitSizes.loadUnits(new SplittableRandom(seed + 2), unitOfSlot, unitCount), asOf);
            c.commit();
            log(t0, "units, accounts, campaigns, tokens: " + dir.units.size() + " units, " + dir.loadUnits.size()
                    + " liaisons with tokens");

            Instant[] filed = new Instant[problemCount];
            for (int i = 0; i < problemCount; i++) {
                filed[i] = ProblemFactory.Plan.draw(stream(seed, i), asOf).filedAt();
            }
            // ids follow filing time, as they do when the service assigns them
            Integer[] order = IntStream.range(0, problemCount).boxed().sorted(Comparator.comparing(i -> filed[i]))
                    .toArray(Integer[]::new);

            List<String> indexes = dropSecondaryIndexes(c);
            // double buffering: one batch is generated (CPU here) while the previous one is copied (CPU in PostgreSQL)
            Tables[] buffers = {new Tables(), new Tables()};
            Tables tables = buffers[0];
            ExecutorService copier = Executors.newSingleThreadExecutor();
            Future<?> copying = null;
            ProblemFactory.Ids ids = new ProblemFactory.Ids();
            ProblemFactory factory = new ProblemFactory(tables, ids, asOf, ZONE, LIGHTS, dir.inspectors, dir.system);
            Map<String, Integer> counters = new HashMap<>();
            Map<Long, Targets> targets = new HashMap<>();
            dir.loadUnits.forEach(u -> targets.put(u.id(), new Targets()));
            Map<String, Integer> statuses = new HashMap<>();
            for (int j = 0; j < problemCount; j++) {
                int i = order[j];
                SplittableRandom r = stream(seed, i);
                ProblemFactory.Unit unit = dir.units.get(unitOfSlot[i]);
                int year = LocalDate.ofInstant(filed[i], ZONE).getYear();
                int number = counters.merge(unit.id() + ":" + year, 1, Integer::sum);
                String ledgerNumber = String.format("%s-%d-%03d", unit.code(), year, number);
                Directory.Campaign campaign = dir.campaignFor(filed[i]);
                Long meeting = new SplittableRandom(seed ^ i).nextDouble() < 0.3 ? campaign.meetingId() : null;
                ProblemFactory.Written w = factory.write(r, 1_000_000L + j, unit, ledgerNumber, campaign.id(), meeting);
                statuses.merge(w.status(), 1, Integer::sum);
                Targets tg = targets.get(unit.id());
                if (tg != null) {
                    tg.add(w);
                }
                if ((j + 1) % BATCH == 0 || j == problemCount - 1) {
                    if (copying != null) {
                        copying.get();
                    }
                    Tables full = tables;
                    copying = copier.submit(() -> {
                        full.flush(c);
                        c.commit();
                        return null;
                    });
                    tables = buffers[(j + 1) / BATCH % 2];
                    factory.use(tables);
                    if ((j + 1) % (BATCH * 10) == 0 || j == problemCount - 1) {
                        log(t0, (j + 1) + " problems, " + (buffers[0].ledger.count() + buffers[1].ledger.count())
                                + " ledger entries");
                    }
                }
            }
            copying.get();
            copier.shutdown();
            for (int k = 0; k < buffers[0].inOrder().size(); k++) {
                CopyBuffer a = buffers[0].inOrder().get(k);
                CopyBuffer b = buffers[1].inOrder().get(k);
                log(t0, String.format("COPY %s: %d rows in %.1f s", a.table(), a.count() + b.count(),
                        (a.nanos + b.nanos) / 1e9));
            }
            finish(c, dir, counters, ids);
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("SET maintenance_work_mem = '256MB'");
                for (String ddl : indexes) {
                    s.execute(ddl);
                }
            }
            c.commit();
            log(t0, "recreated " + indexes.size() + " secondary indexes");
            log(t0, "counters, sequences, settings done; statuses " + statuses);
            writeTokens(out, dir, targets);
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE");
            }
            log(t0, String.format("done: %d units, %d problems, %d measures, %d evidence, %d ledger entries",
                    dir.units.size(), problemCount, buffers[0].measure.count() + buffers[1].measure.count(),
                    buffers[0].evidence.count() + buffers[1].evidence.count(),
                    buffers[0].ledger.count() + buffers[1].ledger.count()));
        }
    }

    static SplittableRandom stream(long seed, int i) {
        return new SplittableRandom(seed * 1_000_003L + i);
    }

    private static void finish(Connection c, Directory dir, Map<String, Integer> counters, ProblemFactory.Ids ids)
            throws Exception {
        CopyBuffer counter = new CopyBuffer("ledger_number_counter", "unit_id, year, last_value");
        counters.forEach((key, last) -> {
            String[] parts = key.split(":");
            counter.add(Long.parseLong(parts[0])).add(Integer.parseInt(parts[1])).add(last).end();
        });
        counter.flush(c);
        try (Statement s = c.createStatement()) {
            // Hibernate's pooled optimizer hands out the 50 ids below each value: stay clear of ours
            String[][] seqs = {{"unit_seq", "unit"}, {"account_seq", "account"}, {"api_token_seq", "api_token"},
                {"campaign_seq", "campaign"}, {"meeting_seq", "meeting"}, {"problem_seq", "problem"},
                {"measure_seq", "measure"}, {"evidence_seq", "evidence"}, {"verification_seq", "verification"},
                {"ledger_entry_seq", "ledger_entry"}, {"look_back_seq", "look_back"}, {"escalation_seq", "escalation"},
                {"urge_seq", "urge"}, {"revision_cycle_seq", "revision_cycle"},
                {"extension_request_seq", "extension_request"}};
            for (String[] sq : seqs) {
                s.execute("SELECT setval('" + sq[0] + "', (SELECT coalesce(max(id), 0) + 100 FROM " + sq[1] + "))");
            }
            // the thresholds were computed with the default settings: no recompute at start-up
            s.execute("INSERT INTO supervision_setting (name, value, updated_at) VALUES ('light-thresholds', '"
                    + LIGHTS.fingerprint(ZONE) + "', now()) ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value");
        }
    }

    /**
     * Secondary indexes of the big tables are dropped for the load and recreated from their own
     * definitions afterwards: one sorted build is far cheaper than a million incremental inserts
     * (the trigram GIN index above all). Constraint indexes (primary keys, unique) stay and check.
     */
    private static List<String> dropSecondaryIndexes(Connection c) throws Exception {
        List<String> ddl = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("""
                    SELECT i.indexname, i.indexdef FROM pg_indexes i
                    WHERE i.schemaname = current_schema() AND i.tablename IN ('problem', 'measure', 'evidence', 'ledger_entry')
                      AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)""");
            while (rs.next()) {
                names.add(rs.getString(1));
                ddl.add(rs.getString(2));
            }
            for (String name : names) {
                s.execute("DROP INDEX " + name);
            }
        }
        c.commit();
        return ddl;
    }

    /** Per load unit: open problems (take measures) and measures in progress (take reports and evidence). */
    static final class Targets {
        final List<Long> open = new ArrayList<>();
        final List<Long> inProgress = new ArrayList<>();

        void add(ProblemFactory.Written w) {
            if (w.open() && open.size() < 200) {
                open.add(w.problemId());
            }
            for (Long m : w.inProgress()) {
                if (inProgress.size() < 200) {
                    inProgress.add(m);
                }
            }
        }
    }

    private static void writeTokens(Path out, Directory dir, Map<Long, Targets> targets) throws Exception {
        try (PrintWriter tokens = new PrintWriter(Files.newBufferedWriter(out.resolve("tokens.txt")));
                PrintWriter liaisons = new PrintWriter(Files.newBufferedWriter(out.resolve("liaisons.txt")))) {
            for (Directory.Token t : dir.tokens) {
                tokens.println(t.role() + " " + t.token());
            }
            for (Directory.Token t : dir.tokens) {
                if (t.unitId() != null) {
                    Targets tg = targets.get(t.unitId());
                    liaisons.println(t.token() + ";" + t.unitId() + ";" + dir.currentCampaign + ";"
                            + join(tg.open) + ";" + join(tg.inProgress));
                }
            }
        }
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    static void log(long t0, String what) {
        System.out.printf("[%6.1f s] %s%n", (System.nanoTime() - t0) / 1e9, what);
    }
}
