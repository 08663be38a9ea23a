-- POST /api/v1/problems with an Idempotency-Key: the statements one filing sends, in the order the
-- service sends them (PostgreSQL log with log_statement = all), in one transaction with its COMMIT.
-- The problem row and its first ledger entry go in with one statement, as FilingStatements sends them.
-- Each client files for a unit of its own, as each wrk writer does, so the counter rows never meet.
--
-- The rows are real: the entry's hash is SHA-256 over the canonical JSON the service hashes
-- (LedgerHasher), so the ledger of the bench database stays verifiable after this twin ran.
-- JSON's null, true and false follow a colon in a separate literal: pgbench would read ":null" as a
-- variable (and so would the time format's ":MI"). occurred_at carries six fractional digits, so that its text is what Java's Instant prints.
-- Ids come as the service's generators hand them out (Quarkus's default optimizer, pooled-lo): one
-- nextval per 50 rows, the range v .. v + 49, disjoint from every range the service takes.
\set unit :unit_min + 100 + :client_id
\set account :unit + :liaison_offset
\set key random(1, 1000000000000)
\if :pid_next > :pid_hi
SELECT nextval('problem_seq') AS pid_next \gset
\set pid_hi :pid_next + 49
\endif
\if :eid_next > :eid_hi
SELECT nextval('ledger_entry_seq') AS eid_next \gset
\set eid_hi :eid_next + 49
\endif
-- the pool's validation on borrow (pgjdbc's isValid sends an empty query)
SELECT 1;
BEGIN;
INSERT INTO idempotency_record (account_id, idempotency_key, fingerprint, status, created_at)
VALUES (:account, 'pgbench-' || :client_id::text || '-' || :key::text, '712e402e813bcba952f015b6709e69e9a9ccbec83cc414c162065197b1647f99', 0, now()) ON CONFLICT DO NOTHING;
select u1_0.id,u1_0.active,u1_0.code AS unit_code,u1_0.created_at,u1_0.kind,u1_0.name_en,u1_0.name_zh,u1_0.updated_at,u1_0.version from unit u1_0 where u1_0.id=:unit \gset
select c1_0.id,c1_0.code,c1_0.created_at,c1_0.ends_on,c1_0.starts_on,c1_0.title,c1_0.updated_at,c1_0.version from campaign c1_0 where c1_0.id=:campaign;
INSERT INTO ledger_number_counter (unit_id, year, last_value) VALUES (:unit, :year, 1)
ON CONFLICT (unit_id, year) DO UPDATE SET last_value = ledger_number_counter.last_value + 1
RETURNING last_value AS number \gset
WITH filed AS (
    INSERT INTO problem (id, ledger_number, unit_id, campaign_id, meeting_id, title, description, category,
        work_line, source, key_areas, severity, responsible_person, original_deadline, deadline, status,
        filed_by, created_at, updated_at, closed_at, measure_count, measures_done, light_yellow_at,
        light_red_at, light_seen, escalated_at, revision_cycles, version, ledger_seq, ledger_head)
    VALUES (:pid_next, (:unit_code::text || '-' || :year::text || '-' || lpad(:number::text, greatest(3, length(:number::text)), '0')), :unit, :campaign, NULL, 'pgbench 问题', 'pgbench 生成的问题,用于衡量台账写入吞吐', 'FOLLOW_UP',
        'INSPECTION_RECTIFICATION', 'SELF_EXAMINATION', '{ENFORCEMENT}', 'MEDIUM', '王建国', :deadline, :deadline, 'REGISTERED',
        :account, date_trunc('second', now()) + interval '123456 microseconds', date_trunc('second', now()) + interval '123456 microseconds',
        NULL, 0, 0, (:deadline::date - 7)::timestamp AT TIME ZONE 'Asia/Shanghai', (:deadline::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai',
        'GREEN', NULL, 0, 1, 1,
        encode(sha256(convert_to('{"actorAccountId":' || :account::text || ',"actorName":"pgbench","actorRole":"LIAISON","changes":' || ('{"campaignId":' || :campaign::text || ',"category":"FOLLOW_UP","deadline":"' || :deadline::text
            || '","description":"pgbench 生成的问题,用于衡量台账写入吞吐","keyAreas":["ENFORCEMENT"],"ledgerNumber":"' || (:unit_code::text || '-' || :year::text || '-' || lpad(:number::text, greatest(3, length(:number::text)), '0'))
            || '","meetingId":' || 'null,"responsiblePerson":"王建国","severity":"MEDIUM","source":"SELF_EXAMINATION","status":"REGISTERED","title":"pgbench 问题","unitId":' || :unit::text
            || ',"workLine":"INSPECTION_RECTIFICATION"}')
            || ',"kind":"PROBLEM_FILED","measureId":' || 'null,"occurredAt":"'
            || to_char((date_trunc('second', now()) + interval '123456 microseconds') AT TIME ZONE 'UTC', replace('YYYY-MM-DD"T"HH24%MI%SS.US"Z"', '%', ':'))
            || '","prevHash":"0000000000000000000000000000000000000000000000000000000000000000","problemId":' || :pid_next::text
            || ',"reason":' || 'null,"seq":1,"unitId":' || :unit::text || ',"v":1}', 'UTF8')), 'hex'))
    RETURNING ledger_head, created_at)
INSERT INTO ledger_entry (id, problem_id, seq, measure_id, unit_id, occurred_at, actor_account_id, actor_name,
    actor_role, kind, changes, reason, prev_hash, hash)
SELECT :eid_next, :pid_next, 1, NULL, :unit, filed.created_at, :account, 'pgbench', 'LIAISON', 'PROBLEM_FILED', CAST(('{"campaignId":' || :campaign::text || ',"category":"FOLLOW_UP","deadline":"' || :deadline::text
            || '","description":"pgbench 生成的问题,用于衡量台账写入吞吐","keyAreas":["ENFORCEMENT"],"ledgerNumber":"' || (:unit_code::text || '-' || :year::text || '-' || lpad(:number::text, greatest(3, length(:number::text)), '0'))
            || '","meetingId":' || 'null,"responsiblePerson":"王建国","severity":"MEDIUM","source":"SELF_EXAMINATION","status":"REGISTERED","title":"pgbench 问题","unitId":' || :unit::text
            || ',"workLine":"INSPECTION_RECTIFICATION"}') AS jsonb),
    NULL, '0000000000000000000000000000000000000000000000000000000000000000', filed.ledger_head
FROM filed;
UPDATE idempotency_record SET status = 201, location = '/api/v1/problems/' || :pid_next::text, etag = '"1"',
  body = '{"id":' || :pid_next::text || ',"ledgerNumber":"' || (:unit_code::text || '-' || :year::text || '-' || lpad(:number::text, greatest(3, length(:number::text)), '0')) || '","unitId":' || :unit::text || ',"unitCode":"' || :unit_code::text
    || '","campaignId":' || :campaign::text || ',"title":"pgbench 问题","description":"pgbench 生成的问题,用于衡量台账写入吞吐","category":"FOLLOW_UP",'
    || '"workLine":"INSPECTION_RECTIFICATION","source":"SELF_EXAMINATION","keyAreas":["ENFORCEMENT"],"priority":' || 'true,"severity":"MEDIUM",'
    || '"responsiblePerson":"王建国","originalDeadline":"' || :deadline::text || '","deadline":"' || :deadline::text || '","overdue":' || 'false,'
    || '"overdueAgainstOriginal":' || 'false,"light":"GREEN","lightYellowAt":"2027-01-21T16:00:00Z","lightRedAt":"2027-01-29T16:00:00Z",'
    || '"escalated":' || 'false,"revisionCycles":0,"status":"REGISTERED","filedBy":' || :account::text || ',"createdAt":"2026-11-30T08:13:55.092475Z",'
    || '"updatedAt":"2026-11-30T08:13:55.092475Z","measureCount":0,"measuresDone":0,"version":1,'
    || '"allowedActions":["ADD_MEASURE","UPDATE","EXTEND_DEADLINE","REQUEST_CLOSE_OUT"]}'
WHERE account_id = :account AND idempotency_key = 'pgbench-' || :client_id::text || '-' || :key::text;
COMMIT;
\set pid_next :pid_next + 1
\set eid_next :eid_next + 1
