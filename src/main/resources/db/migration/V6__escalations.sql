-- Escalation ladder (挂牌督办): the scheduled evaluation proposes, an inspector confirms (or
-- dismisses) with reason and deadline, and lifts it once the problem is back on track.
CREATE SEQUENCE escalation_seq INCREMENT BY 50;

ALTER TABLE problem ADD COLUMN escalated_at timestamptz;
CREATE INDEX problem_escalated_ix ON problem (escalated_at, id) WHERE escalated_at IS NOT NULL;

CREATE TABLE escalation (
    id               bigint      NOT NULL,
    problem_id       bigint      NOT NULL,
    unit_id          bigint      NOT NULL,
    -- the measure whose light triggered the rule, if it was a measure
    measure_id       bigint,
    rule             text        NOT NULL,
    -- identifies the fact that triggered the rule (which item, which red spell or yellow count), so
    -- that evaluating the same facts twice, on any instance, proposes once
    trigger_key      text        NOT NULL,
    status           text        NOT NULL,
    proposed_by      bigint      NOT NULL,
    proposed_at      timestamptz NOT NULL,
    confirmed_by     bigint,
    confirmed_at     timestamptz,
    reason           text,
    supervise_until  date,
    dismissed_by     bigint,
    dismissed_at     timestamptz,
    lifted_by        bigint,
    lifted_at        timestamptz,
    closing_note     text,
    version          integer     NOT NULL DEFAULT 0,
    CONSTRAINT escalation_pk PRIMARY KEY (id),
    CONSTRAINT escalation_problem_fk FOREIGN KEY (problem_id) REFERENCES problem (id),
    CONSTRAINT escalation_unit_fk FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT escalation_measure_fk FOREIGN KEY (measure_id) REFERENCES measure (id),
    CONSTRAINT escalation_proposed_by_fk FOREIGN KEY (proposed_by) REFERENCES account (id),
    CONSTRAINT escalation_confirmed_by_fk FOREIGN KEY (confirmed_by) REFERENCES account (id),
    CONSTRAINT escalation_dismissed_by_fk FOREIGN KEY (dismissed_by) REFERENCES account (id),
    CONSTRAINT escalation_lifted_by_fk FOREIGN KEY (lifted_by) REFERENCES account (id),
    CONSTRAINT escalation_rule_ck CHECK (rule IN ('RED_TOO_LONG', 'YELLOW_TWICE', 'MANUAL')),
    CONSTRAINT escalation_status_ck CHECK (status IN ('PROPOSED', 'DISMISSED', 'ACTIVE', 'LIFTED')),
    CONSTRAINT escalation_confirmed_ck CHECK (status NOT IN ('ACTIVE', 'LIFTED')
        OR (confirmed_by IS NOT NULL AND reason IS NOT NULL AND supervise_until IS NOT NULL)),
    CONSTRAINT escalation_dismissed_ck CHECK ((status = 'DISMISSED') = (dismissed_at IS NOT NULL)),
    CONSTRAINT escalation_lifted_ck CHECK ((status = 'LIFTED') = (lifted_at IS NOT NULL))
);
CREATE UNIQUE INDEX escalation_trigger_uq ON escalation (problem_id, rule, trigger_key);
-- at most one open (proposed or active) escalation per problem
CREATE UNIQUE INDEX escalation_open_uq ON escalation (problem_id) WHERE status IN ('PROPOSED', 'ACTIVE');
CREATE INDEX escalation_status_ix ON escalation (status, id);
CREATE INDEX escalation_problem_ix ON escalation (problem_id, id);

-- Claims of scheduled jobs: an instance runs a job for a period only after inserting this row,
-- so two instances sharing the database run each period once.
CREATE TABLE job_run (
    job          text        NOT NULL,
    period       text        NOT NULL,
    instance     text        NOT NULL,
    started_at   timestamptz NOT NULL,
    finished_at  timestamptz,
    summary      jsonb,
    CONSTRAINT job_run_pk PRIMARY KEY (job, period)
);
CREATE INDEX job_run_started_ix ON job_run (job, started_at);
