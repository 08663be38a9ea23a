package io.taizhang.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taizhang.common.TaizhangConfig;
import io.taizhang.common.errors.ApiException;
import io.taizhang.common.errors.ErrorType;
import io.taizhang.common.jdbc.TxJdbc;
import io.taizhang.common.json.CanonicalJson;
import io.taizhang.common.security.Caller;
import io.taizhang.common.time.BusinessCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Idempotency-Key for POST, Stripe-style. The key is claimed by an insert in the same
 * transaction as the write itself, so the record and the write commit or vanish together: a
 * retry after a lost response replays the stored answer; a concurrent duplicate waits on the
 * claim's unique index and then replays; a failed write leaves no claim and can be retried.
 */
@ApplicationScoped
public class Idempotency {

    public static final int MAX_KEY_LENGTH = 200;
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1," + MAX_KEY_LENGTH + "}");

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final BusinessCalendar calendar;
    private final TaizhangConfig config;
    private final TxJdbc jdbc;

    public Idempotency(EntityManager em, ObjectMapper mapper, BusinessCalendar calendar, TaizhangConfig config,
            TxJdbc jdbc) {
        this.em = em;
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.calendar = calendar;
        this.config = config;
    }

    @Transactional
    public Outcome run(Caller caller, String key, String method, String path, Object request, Supplier<Result> write) {
        if (key == null) {
            return toOutcome(write.get());
        }
        if (!KEY.matcher(key).matches()) {
            throw ApiException.invalid("Idempotency-Key", "must be 1 to 200 visible ASCII characters");
        }
        String fingerprint = CanonicalJson.sha256Hex(method + " " + path + "\n" + CanonicalJson.write(request));
        int claimed = jdbc.update("""
                INSERT INTO idempotency_record (account_id, idempotency_key, fingerprint, status, created_at)
                VALUES (?, ?, ?, 0, ?) ON CONFLICT DO NOTHING""",
                caller.accountId(), key, fingerprint, calendar.now().atOffset(ZoneOffset.UTC));
        if (claimed == 0) {
            return replay(caller, key, fingerprint);
        }
        Outcome outcome = toOutcome(write.get());
        // the write's own rows are flushed by the write (or at commit): this statement does not read them
        jdbc.update("""
                UPDATE idempotency_record SET status = ?, location = ?, etag = ?, body = ?
                WHERE account_id = ? AND idempotency_key = ?""",
                outcome.status(), outcome.location(), outcome.etag(), outcome.body(), caller.accountId(), key);
        return outcome;
    }

    /** Forgets keys older than the retention period; run by the housekeeping job. */
    @Transactional
    public int purgeExpired() {
        return em.createNativeQuery("DELETE FROM idempotency_record WHERE created_at < ?1")
                .setParameter(1, Timestamp.from(calendar.now().minus(config.api().idempotencyRetention())))
                .executeUpdate();
    }

    private Outcome replay(Caller caller, String key, String fingerprint) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT fingerprint, status, location, etag, body FROM idempotency_record
                WHERE account_id = ?1 AND idempotency_key = ?2""")
                .setParameter(1, caller.accountId())
                .setParameter(2, key)
                .getResultList();
        if (rows.isEmpty()) {
            // the other claim was rolled back between our insert and this read: ask for a retry
            throw new ApiException(ErrorType.IDEMPOTENCY_IN_PROGRESS, "the first request with this key did not finish; retry");
        }
        Object[] row = rows.get(0);
        if (!fingerprint.equals(row[0])) {
            throw new ApiException(ErrorType.IDEMPOTENCY_KEY_REUSED,
                    "this Idempotency-Key was used for a different request; use a new key for a new request");
        }
        return new Outcome(((Number) row[1]).intValue(), (String) row[2], (String) row[3], (String) row[4], true);
    }

    private Outcome toOutcome(Result result) {
        try {
            return new Outcome(result.status(), result.location(), result.etag(),
                    mapper.writeValueAsString(result.body()), false);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response bodies are always serialisable", e);
        }
    }
}
