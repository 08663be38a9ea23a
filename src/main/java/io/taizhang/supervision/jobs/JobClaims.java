package io.taizhang.supervision.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taizhang.common.time.BusinessCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Exactly-once claims of scheduled work in the shared database. An instance runs a job for a
 * period only if its INSERT of (job, period) wins; the claim commits on its own, before the work,
 * so every other instance firing for the same period finds it taken (ON CONFLICT DO NOTHING) and
 * skips. A claim whose instance died before finishing may be taken over after an hour.
 */
@ApplicationScoped
public class JobClaims {

    static final Duration TAKE_OVER_AFTER = Duration.ofHours(1);

    /** A claimed run: who ran it, when, and what it did. */
    public record JobRun(String job, String period, String instance, Instant startedAt, Instant finishedAt,
            Map<String, Object> summary) {
    }

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final BusinessCalendar calendar;
    private final InstanceId instance;

    public JobClaims(EntityManager em, ObjectMapper mapper, BusinessCalendar calendar, InstanceId instance) {
        this.em = em;
        this.mapper = mapper;
        this.calendar = calendar;
        this.instance = instance;
    }

    /** True when this instance now owns (job, period); committed before the caller starts the work. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String job, String period) {
        Instant now = calendar.now();
        return em.createNativeQuery("""
                INSERT INTO job_run (job, period, instance, started_at) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (job, period) DO UPDATE SET instance = EXCLUDED.instance, started_at = EXCLUDED.started_at
                WHERE job_run.finished_at IS NULL AND job_run.started_at < ?5""")
                .setParameter(1, job).setParameter(2, period).setParameter(3, instance.get())
                .setParameter(4, Timestamp.from(now)).setParameter(5, Timestamp.from(now.minus(TAKE_OVER_AFTER)))
                .executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(String job, String period, Object summary) {
        em.createNativeQuery("""
                UPDATE job_run SET finished_at = ?1, summary = CAST(?2 AS jsonb)
                WHERE job = ?3 AND period = ?4 AND instance = ?5""")
                .setParameter(1, Timestamp.from(calendar.now())).setParameter(2, json(summary)).setParameter(3, job)
                .setParameter(4, period).setParameter(5, instance.get()).executeUpdate();
    }

    /** The latest runs of a job, newest first. */
    @Transactional
    public List<JobRun> recent(String job, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT job, period, instance, started_at, finished_at, CAST(summary AS text) FROM job_run
                WHERE job = ?1 ORDER BY started_at DESC, period DESC LIMIT ?2""")
                .setParameter(1, job).setParameter(2, limit).getResultList();
        return rows.stream().map(this::run).toList();
    }

    private JobRun run(Object[] r) {
        return new JobRun((String) r[0], (String) r[1], (String) r[2], instant(r[3]), instant(r[4]), map((String) r[5]));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }

    private String json(Object summary) {
        try {
            return mapper.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("job summaries are plain records", e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(String json) {
        try {
            return json == null ? null : mapper.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("job_run.summary holds JSON written by finish()", e);
        }
    }
}
