-- Core schema of the rectification ledger: units, accounts, campaigns, problems, measures,
-- evidence, verifications and the append-only ledger. Enumerations are CHECKed here as well as
-- in Java so that no writer (a script, a psql session) can store a value the API cannot read.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Ids come from sequences that hand out blocks of 50 so that Hibernate can assign ids without a
-- round trip per insert.
CREATE SEQUENCE unit_seq INCREMENT BY 50;
CREATE SEQUENCE account_seq INCREMENT BY 50;
CREATE SEQUENCE api_token_seq INCREMENT BY 50;
CREATE SEQUENCE campaign_seq INCREMENT BY 50;
CREATE SEQUENCE meeting_seq INCREMENT BY 50;
CREATE SEQUENCE problem_seq INCREMENT BY 50;
CREATE SEQUENCE measure_seq INCREMENT BY 50;
CREATE SEQUENCE evidence_seq INCREMENT BY 50;
CREATE SEQUENCE verification_seq INCREMENT BY 50;
CREATE SEQUENCE ledger_entry_seq INCREMENT BY 50;

CREATE TABLE unit (
    id          bigint      NOT NULL,
    code        text        NOT NULL,
    name_zh     text        NOT NULL,
    name_en     text        NOT NULL,
    kind        text        NOT NULL,
    active      boolean     NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     integer     NOT NULL DEFAULT 0,
    CONSTRAINT unit_pk PRIMARY KEY (id),
    CONSTRAINT unit_code_uq UNIQUE (code),
    CONSTRAINT unit_code_format_ck CHECK (code ~ '^[A-Z][A-Z0-9]{1,15}$'),
    CONSTRAINT unit_kind_ck CHECK (kind IN ('CIRCUIT_COURT', 'SPECIALISED_COURT', 'AFFILIATED_UNIT', 'OTHER'))
);

CREATE TABLE account (
    id            bigint      NOT NULL,
    username      text        NOT NULL,
    display_name  text        NOT NULL,
    role          text        NOT NULL,
    unit_id       bigint,
    active        boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       integer     NOT NULL DEFAULT 0,
    CONSTRAINT account_pk PRIMARY KEY (id),
    CONSTRAINT account_username_uq UNIQUE (username),
    CONSTRAINT account_unit_fk FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT account_role_ck CHECK (role IN ('LIAISON', 'INSPECTOR', 'STEERING', 'DASHBOARD', 'ADMIN', 'SYSTEM')),
    -- a liaison is bound to exactly one unit; nobody else is bound to any
    CONSTRAINT account_liaison_unit_ck CHECK ((role = 'LIAISON') = (unit_id IS NOT NULL))
);

CREATE TABLE api_token (
    id          bigint      NOT NULL,
    account_id  bigint      NOT NULL,
    -- SHA-256 of the token; the token itself is shown once and never stored
    token_hash  bytea       NOT NULL,
    label       text        NOT NULL,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    revoked_at  timestamptz,
    CONSTRAINT api_token_pk PRIMARY KEY (id),
    CONSTRAINT api_token_hash_uq UNIQUE (token_hash),
    CONSTRAINT api_token_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT api_token_hash_len_ck CHECK (octet_length(token_hash) = 32),
    CONSTRAINT api_token_expiry_ck CHECK (expires_at > created_at)
);
CREATE INDEX api_token_account_ix ON api_token (account_id);

CREATE TABLE campaign (
    id          bigint      NOT NULL,
    code        text        NOT NULL,
    title       text        NOT NULL,
    starts_on   date        NOT NULL,
    ends_on     date,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     integer     NOT NULL DEFAULT 0,
    CONSTRAINT campaign_pk PRIMARY KEY (id),
    CONSTRAINT campaign_code_uq UNIQUE (code),
    CONSTRAINT campaign_dates_ck CHECK (ends_on IS NULL OR ends_on >= starts_on)
);

CREATE TABLE meeting (
    id           bigint      NOT NULL,
    campaign_id  bigint      NOT NULL,
    held_on      date        NOT NULL,
    title        text        NOT NULL,
    kind         text        NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    version      integer     NOT NULL DEFAULT 0,
    CONSTRAINT meeting_pk PRIMARY KEY (id),
    CONSTRAINT meeting_campaign_fk FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT meeting_kind_ck CHECK (kind IN ('TELECONFERENCE', 'ON_SITE_SUPERVISION', 'ONLINE_SYMPOSIUM'))
);
CREATE INDEX meeting_campaign_ix ON meeting (campaign_id, held_on);

-- Ledger numbers (IPC-2023-007) are gap-free per unit and year: a counter row per unit-year is
-- locked only by filings of that unit in that year.
CREATE TABLE ledger_number_counter (
    unit_id     bigint  NOT NULL,
    year        integer NOT NULL,
    last_value  integer NOT NULL,
    CONSTRAINT ledger_number_counter_pk PRIMARY KEY (unit_id, year),
    CONSTRAINT ledger_number_counter_unit_fk FOREIGN KEY (unit_id) REFERENCES unit (id)
);

CREATE TABLE problem (
    id                  bigint      NOT NULL,
    ledger_number       text        NOT NULL,
    unit_id             bigint      NOT NULL,
    campaign_id         bigint      NOT NULL,
    meeting_id          bigint,
    title               text        NOT NULL,
    description         text        NOT NULL,
    category            text        NOT NULL,
    work_line           text        NOT NULL,
    source              text        NOT NULL,
    key_areas           text[]      NOT NULL DEFAULT '{}',
    severity            text        NOT NULL,
    responsible_person  text        NOT NULL,
    original_deadline   date        NOT NULL,
    deadline            date        NOT NULL,
    status              text        NOT NULL,
    filed_by            bigint      NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    closed_at           timestamptz,
    -- kept with every measure change (the problem row is locked then anyway), so lists and
    -- allowedActions need no count over measures
    measure_count       integer     NOT NULL DEFAULT 0,
    measures_done       integer     NOT NULL DEFAULT 0,
    version             integer     NOT NULL DEFAULT 0,
    -- head of this problem's hash chain; locking the problem row serialises appends to one
    -- problem while appends to different problems proceed in parallel
    ledger_seq          integer     NOT NULL DEFAULT 0,
    ledger_head         text        NOT NULL,
    CONSTRAINT problem_pk PRIMARY KEY (id),
    CONSTRAINT problem_ledger_number_uq UNIQUE (ledger_number),
    CONSTRAINT problem_unit_fk FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT problem_campaign_fk FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT problem_meeting_fk FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT problem_filed_by_fk FOREIGN KEY (filed_by) REFERENCES account (id),
    CONSTRAINT problem_category_ck CHECK (category IN ('THEORY_PRACTICE', 'PROBLEM_FINDING', 'FOLLOW_UP',
        'INTEGRATION', 'HARD_PROBLEMS', 'OTHER')),
    CONSTRAINT problem_work_line_ck CHECK (work_line IN ('THEORY_STUDY', 'INVESTIGATION_RESEARCH',
        'PROMOTING_DEVELOPMENT', 'INSPECTION_RECTIFICATION', 'RULES_INSTITUTIONS')),
    CONSTRAINT problem_source_ck CHECK (source IN ('SELF_EXAMINATION', 'MEETING_STATEMENT', 'ON_SITE_SUPERVISION',
        'ONLINE_SYMPOSIUM', 'RESEARCH', 'PUBLIC_LETTERS', 'CASE_HANDLING')),
    CONSTRAINT problem_key_areas_ck CHECK (key_areas <@ ARRAY['CASE_FILING', 'PETITIONS', 'ENFORCEMENT']::text[]),
    CONSTRAINT problem_severity_ck CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH')),
    CONSTRAINT problem_status_ck CHECK (status IN ('REGISTERED', 'IN_RECTIFICATION', 'CLOSE_OUT_REQUESTED', 'CLOSED')),
    CONSTRAINT problem_closed_at_ck CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL)),
    CONSTRAINT problem_measure_counts_ck CHECK (measures_done BETWEEN 0 AND measure_count),
    CONSTRAINT problem_title_len_ck CHECK (char_length(title) BETWEEN 1 AND 200),
    CONSTRAINT problem_description_len_ck CHECK (char_length(description) BETWEEN 1 AND 4000)
);
-- every filter of GET /problems has an index; the id is the keyset tie-breaker
CREATE INDEX problem_unit_ix ON problem (unit_id, id);
CREATE INDEX problem_campaign_ix ON problem (campaign_id, id);
CREATE INDEX problem_meeting_ix ON problem (meeting_id, id) WHERE meeting_id IS NOT NULL;
CREATE INDEX problem_status_ix ON problem (status, id);
CREATE INDEX problem_category_ix ON problem (category, id);
CREATE INDEX problem_work_line_ix ON problem (work_line, id);
CREATE INDEX problem_severity_ix ON problem (severity, id);
CREATE INDEX problem_key_areas_ix ON problem USING gin (key_areas);
CREATE INDEX problem_deadline_ix ON problem (deadline, id);
CREATE INDEX problem_updated_at_ix ON problem (updated_at, id);
CREATE INDEX problem_created_at_ix ON problem (created_at, id);
-- substring search that works for Chinese: trigram index over title and description
CREATE INDEX problem_text_trgm_ix ON problem USING gin ((title || ' ' || description) gin_trgm_ops);

CREATE TABLE measure (
    id                 bigint      NOT NULL,
    problem_id         bigint      NOT NULL,
    unit_id            bigint      NOT NULL,
    title              text        NOT NULL,
    description        text        NOT NULL,
    owner              text        NOT NULL,
    original_deadline  date        NOT NULL,
    deadline           date        NOT NULL,
    status             text        NOT NULL,
    progress_percent   integer     NOT NULL DEFAULT 0,
    evidence_count     integer     NOT NULL DEFAULT 0,
    created_by         bigint      NOT NULL,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    started_at         timestamptz,
    completed_at       timestamptz,
    version            integer     NOT NULL DEFAULT 0,
    CONSTRAINT measure_pk PRIMARY KEY (id),
    CONSTRAINT measure_problem_fk FOREIGN KEY (problem_id) REFERENCES problem (id),
    CONSTRAINT measure_unit_fk FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT measure_created_by_fk FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT measure_status_ck CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE')),
    CONSTRAINT measure_progress_ck CHECK (progress_percent BETWEEN 0 AND 100),
    -- a measure is done only with evidence, and done means 100 %
    CONSTRAINT measure_done_ck CHECK (status <> 'DONE' OR (evidence_count > 0 AND progress_percent = 100)),
    CONSTRAINT measure_title_len_ck CHECK (char_length(title) BETWEEN 1 AND 200)
);
CREATE INDEX measure_problem_ix ON measure (problem_id, id);
CREATE INDEX measure_unit_ix ON measure (unit_id, status);

CREATE TABLE evidence (
    id          bigint      NOT NULL,
    measure_id  bigint      NOT NULL,
    problem_id  bigint      NOT NULL,
    unit_id     bigint      NOT NULL,
    kind        text        NOT NULL,
    title       text        NOT NULL,
    uri         text        NOT NULL,
    sha256      text,
    added_by    bigint      NOT NULL,
    added_at    timestamptz NOT NULL,
    CONSTRAINT evidence_pk PRIMARY KEY (id),
    CONSTRAINT evidence_measure_fk FOREIGN KEY (measure_id) REFERENCES measure (id),
    CONSTRAINT evidence_problem_fk FOREIGN KEY (problem_id) REFERENCES problem (id),
    CONSTRAINT evidence_unit_fk FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT evidence_added_by_fk FOREIGN KEY (added_by) REFERENCES account (id),
    CONSTRAINT evidence_kind_ck CHECK (kind IN ('DOCUMENT', 'PHOTO', 'LINK', 'MEETING_MINUTES', 'RULE_DOCUMENT', 'SURVEY_RESULT')),
    CONSTRAINT evidence_sha256_ck CHECK (sha256 IS NULL OR sha256 ~ '^[0-9a-f]{64}$')
);
CREATE INDEX evidence_measure_ix ON evidence (measure_id, id);

CREATE TABLE verification (
    id                          bigint      NOT NULL,
    problem_id                  bigint      NOT NULL,
    inspector_id                bigint      NOT NULL,
    problem_solved              text        NOT NULL,
    problem_solved_note         text        NOT NULL,
    situation_changed           text        NOT NULL,
    situation_changed_note      text        NOT NULL,
    capability_improved         text        NOT NULL,
    capability_improved_note    text        NOT NULL,
    mechanism_improved          text        NOT NULL,
    mechanism_improved_note     text        NOT NULL,
    people_satisfied            text        NOT NULL,
    people_satisfied_note       text        NOT NULL,
    outcome                     text        NOT NULL,
    return_reason               text,
    verified_at                 timestamptz NOT NULL,
    CONSTRAINT verification_pk PRIMARY KEY (id),
    CONSTRAINT verification_problem_fk FOREIGN KEY (problem_id) REFERENCES problem (id),
    CONSTRAINT verification_inspector_fk FOREIGN KEY (inspector_id) REFERENCES account (id),
    CONSTRAINT verification_verdicts_ck CHECK (
        problem_solved IN ('YES', 'PARTLY', 'NO') AND situation_changed IN ('YES', 'PARTLY', 'NO')
        AND capability_improved IN ('YES', 'PARTLY', 'NO') AND mechanism_improved IN ('YES', 'PARTLY', 'NO')
        AND people_satisfied IN ('YES', 'PARTLY', 'NO')),
    -- judge by outcome: a close-out needs five YES answers, a return needs a reason
    CONSTRAINT verification_outcome_ck CHECK (
        (outcome = 'CLOSED' AND problem_solved = 'YES' AND situation_changed = 'YES' AND capability_improved = 'YES'
            AND mechanism_improved = 'YES' AND people_satisfied = 'YES')
        OR (outcome = 'RETURNED' AND return_reason IS NOT NULL))
);
CREATE INDEX verification_problem_ix ON verification (problem_id, id);

CREATE TABLE ledger_entry (
    id                bigint      NOT NULL,
    problem_id        bigint      NOT NULL,
    seq               integer     NOT NULL,
    measure_id        bigint,
    unit_id           bigint      NOT NULL,
    occurred_at       timestamptz NOT NULL,
    actor_account_id  bigint      NOT NULL,
    actor_name        text        NOT NULL,
    actor_role        text        NOT NULL,
    kind              text        NOT NULL,
    changes           jsonb       NOT NULL,
    reason            text,
    prev_hash         text        NOT NULL,
    hash              text        NOT NULL,
    -- the writing transaction; the global feed is ordered by it so that a reader never passes an
    -- entry whose transaction has not committed yet (see LedgerFeedRepository)
    tx_id             xid8        NOT NULL DEFAULT pg_current_xact_id(),
    CONSTRAINT ledger_entry_pk PRIMARY KEY (id),
    CONSTRAINT ledger_entry_problem_seq_uq UNIQUE (problem_id, seq),
    CONSTRAINT ledger_entry_problem_fk FOREIGN KEY (problem_id) REFERENCES problem (id),
    CONSTRAINT ledger_entry_measure_fk FOREIGN KEY (measure_id) REFERENCES measure (id),
    CONSTRAINT ledger_entry_unit_fk FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT ledger_entry_actor_fk FOREIGN KEY (actor_account_id) REFERENCES account (id),
    CONSTRAINT ledger_entry_seq_ck CHECK (seq >= 1),
    CONSTRAINT ledger_entry_hash_ck CHECK (hash ~ '^[0-9a-f]{64}$' AND prev_hash ~ '^[0-9a-f]{64}$')
);
CREATE INDEX ledger_entry_feed_ix ON ledger_entry (tx_id, id);
CREATE INDEX ledger_entry_unit_feed_ix ON ledger_entry (unit_id, tx_id, id);
CREATE INDEX ledger_entry_kind_feed_ix ON ledger_entry (kind, tx_id, id);
CREATE INDEX ledger_entry_measure_ix ON ledger_entry (measure_id, seq) WHERE measure_id IS NOT NULL;
CREATE INDEX ledger_entry_occurred_at_ix ON ledger_entry (occurred_at);

-- Append-only in the database, whatever the application does. Row triggers stop UPDATE and
-- DELETE; TRUNCATE needs a statement trigger of its own.
CREATE FUNCTION ledger_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the ledger is append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER ledger_entry_no_update_delete BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_reject_change();
CREATE TRIGGER ledger_entry_no_truncate BEFORE TRUNCATE ON ledger_entry
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_reject_change();

-- Evidence and verifications are part of the record too: added, never changed.
CREATE TRIGGER evidence_no_update_delete BEFORE UPDATE OR DELETE ON evidence
    FOR EACH ROW EXECUTE FUNCTION ledger_reject_change();
CREATE TRIGGER evidence_no_truncate BEFORE TRUNCATE ON evidence
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_reject_change();
CREATE TRIGGER verification_no_update_delete BEFORE UPDATE OR DELETE ON verification
    FOR EACH ROW EXECUTE FUNCTION ledger_reject_change();
CREATE TRIGGER verification_no_truncate BEFORE TRUNCATE ON verification
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_reject_change();

-- Idempotency-Key records: the first response to a POST, replayed to retries with the same key.
CREATE TABLE idempotency_record (
    account_id       bigint      NOT NULL,
    idempotency_key  text        NOT NULL,
    fingerprint      text        NOT NULL,
    status           integer     NOT NULL,
    location         text,
    etag             text,
    body             text,
    created_at       timestamptz NOT NULL,
    CONSTRAINT idempotency_record_pk PRIMARY KEY (account_id, idempotency_key),
    CONSTRAINT idempotency_record_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX idempotency_record_created_ix ON idempotency_record (created_at);
