import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Units (the 13 seeded ones plus numbered courts), accounts (a liaison per unit, inspectors,
 * steering, dashboards, an admin), campaigns with a meeting each, and bearer tokens for the load.
 * Tokens are stored as the service stores them: SHA-256 only.
 */
final class Directory {

    record Campaign(long id, Instant from, long meetingId) {
    }

    record Token(String role, Long unitId, String token) {
    }

    final List<ProblemFactory.Unit> units = new ArrayList<>();
    final List<ProblemFactory.Unit> loadUnits = new ArrayList<>();
    final List<ProblemFactory.Actor> inspectors = new ArrayList<>();
    final List<Campaign> campaigns = new ArrayList<>();
    final List<Token> tokens = new ArrayList<>();
    ProblemFactory.Actor system;
    long currentCampaign;

    static Directory create(Connection c, SplittableRandom r, int unitCount, Set<Integer> loadUnitIndexes, Instant asOf)
            throws Exception {
        Directory d = new Directory();
        try (Statement s = c.createStatement()) {
            ResultSet sys = s.executeQuery("SELECT id, display_name FROM account WHERE username = 'system'");
            sys.next();
            d.system = new ProblemFactory.Actor(sys.getLong(1), sys.getString(2), "SYSTEM");
            ResultSet seeded = s.executeQuery("SELECT id, code, name_zh FROM unit ORDER BY id");
            List<Object[]> rows = new ArrayList<>();
            while (seeded.next()) {
                rows.add(new Object[] {seeded.getLong(1), seeded.getString(2)});
            }
            CopyBuffer unit = new CopyBuffer("unit", "id, code, name_zh, name_en, kind, created_at, updated_at");
            for (int k = rows.size(); k < unitCount; k++) {
                long id = 10_000L + k;
                String code = "CT" + String.format("%04d", k);
                String kind = k % 40 == 0 ? "SPECIALISED_COURT" : "OTHER";
                unit.add(id).add(code).add("第" + k + "基层人民法院").add("Basic People's Court No. " + k).add(kind)
                        .add(asOf).add(asOf).end();
                rows.add(new Object[] {id, code});
            }
            unit.flush(c);
            CopyBuffer account = new CopyBuffer("account",
                    "id, username, display_name, role, unit_id, created_at, updated_at");
            for (int k = 0; k < rows.size(); k++) {
                long unitId = (Long) rows.get(k)[0];
                String code = (String) rows.get(k)[1];
                long accountId = 100_000L + k;
                String name = "联络员 " + code;
                account.add(accountId).add("liaison-" + code.toLowerCase()).add(name).add("LIAISON").add(unitId)
                        .add(asOf).add(asOf).end();
                ProblemFactory.Unit u = new ProblemFactory.Unit(unitId, code, new ProblemFactory.Actor(accountId, name,
                        "LIAISON"));
                d.units.add(u);
                if (loadUnitIndexes.contains(k)) {
                    d.loadUnits.add(u);
                }
            }
            String[][] staff = {{"INSPECTOR", "40"}, {"STEERING", "4"}, {"DASHBOARD", "8"}, {"ADMIN", "1"}};
            long next = 200_000L;
            List<long[]> tokenAccounts = new ArrayList<>();
            for (String[] st : staff) {
                for (int k = 1; k <= Integer.parseInt(st[1]); k++) {
                    long id = next++;
                    String name = st[0].charAt(0) + st[0].substring(1).toLowerCase() + " " + k;
                    account.add(id).add(st[0].toLowerCase() + "-" + k).add(name).add(st[0]).add(null).add(asOf).add(asOf)
                            .end();
                    if (st[0].equals("INSPECTOR")) {
                        d.inspectors.add(new ProblemFactory.Actor(id, name, "INSPECTOR"));
                    }
                    if (k <= (st[0].equals("INSPECTOR") ? 16 : 4)) {
                        tokenAccounts.add(new long[] {id, st[0].hashCode()});
                        d.tokens.add(new Token(st[0], null, null));
                    }
                }
            }
            account.flush(c);
            d.issueTokens(c, r, tokenAccounts, asOf);
            d.createCampaigns(c, asOf);
        }
        return d;
    }

    private void issueTokens(Connection c, SplittableRandom r, List<long[]> staffAccounts, Instant asOf) throws Exception {
        List<Token> staffTokens = new ArrayList<>(tokens);
        tokens.clear();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO api_token (id, account_id, token_hash, label,"
                + " created_at, expires_at) VALUES (?, ?, ?, 'bench', ?, ?)")) {
            long id = 1_000;
            for (ProblemFactory.Unit u : loadUnits) {
                tokens.add(new Token("LIAISON", u.id(), token(insert, r, id++, u.liaison().id(), asOf)));
            }
            for (int k = 0; k < staffAccounts.size(); k++) {
                tokens.add(new Token(staffTokens.get(k).role(), null,
                        token(insert, r, id++, staffAccounts.get(k)[0], asOf)));
            }
            insert.executeBatch();
        }
    }

    private static String token(PreparedStatement insert, SplittableRandom r, long id, long accountId, Instant asOf)
            throws Exception {
        byte[] raw = new byte[32];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (byte) r.nextInt(256);
        }
        String token = "tzk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        insert.setLong(1, id);
        insert.setLong(2, accountId);
        insert.setBytes(3, MessageDigest.getInstance("SHA-256").digest(token.getBytes("UTF-8")));
        insert.setObject(4, java.sql.Timestamp.from(asOf.minusSeconds(3600)));
        insert.setObject(5, java.sql.Timestamp.from(asOf.plusSeconds(60L * 86400)));
        insert.addBatch();
        return token;
    }

    /** Three campaigns over the data set's two years; the last one is open and takes new filings. */
    private void createCampaigns(Connection c, Instant asOf) throws Exception {
        LocalDate today = LocalDate.ofInstant(asOf, BenchData.ZONE);
        LocalDate[] starts = {today.minusDays(800), today.minusDays(365), today.minusDays(120)};
        String[] titles = {"第一批主题教育", "第二批主题教育", "全国法院整改回头看"};
        CopyBuffer campaign = new CopyBuffer("campaign", "id, code, title, starts_on, ends_on, created_at, updated_at");
        CopyBuffer meeting = new CopyBuffer("meeting", "id, campaign_id, held_on, title, kind, created_at, updated_at");
        for (int k = 0; k < 3; k++) {
            long id = 1_000 + k;
            campaign.add(id).add("BENCH-" + (k + 1)).add(titles[k]).add(starts[k])
                    .add(k < 2 ? starts[k + 1].minusDays(1) : null).add(asOf).add(asOf).end();
            meeting.add(id).add(id).add(starts[k].plusDays(10)).add("巡回指导电视电话会议").add("TELECONFERENCE").add(asOf)
                    .add(asOf).end();
            campaigns.add(new Campaign(id, starts[k].atStartOfDay(BenchData.ZONE).toInstant(), id));
        }
        campaign.flush(c);
        meeting.flush(c);
        currentCampaign = campaigns.get(2).id();
    }

    Campaign campaignFor(Instant filed) {
        for (int k = campaigns.size() - 1; k > 0; k--) {
            if (!filed.isBefore(campaigns.get(k).from())) {
                return campaigns.get(k);
            }
        }
        return campaigns.get(0);
    }
}
