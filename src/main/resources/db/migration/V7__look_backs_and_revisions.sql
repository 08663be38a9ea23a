-- Look-back (回头看): a closed problem gets a look-back due after its consolidation period; the
-- inspector records CONSOLIDATED, or RELAPSED, which reopens the problem.
-- Return for revision (退回重新查摆): before rectification starts an inspector returns a newly
-- filed problem to the unit; the liaison revises and resubmits.
CREATE SEQUENCE look_back_seq INCREMENT BY 50;
CREATE SEQUENCE revision_cycle_seq INCREMENT BY 50;

ALTER TABLE problem DROP CONSTRAINT problem_status_ck;
ALTER TABLE problem ADD CONSTRAINT problem_status_ck CHECK (status IN ('REGISTERED', 'RETURNED_FOR_REVISION',
    'IN_RECTIFICATION', 'CLOSE_OUT_REQUESTED', 'CLOSED'));
ALTER TABLE problem ADD COLUMN revision_cycles integer NOT NULL DEFAULT 0;

CREATE TABLE look_back (
    id               bigint      NOT NULL,
    problem_id       bigint      NOT NULL,
    unit_id          bigint      NOT NULL,
    -- the closure this look-back reviews
    closed_at        timestamptz NOT NULL,
    verification_id  bigint,
    due_on           date        NOT NULL,
    status           text        NOT NULL,
    recorded_by      bigint,
    recorded_at      timestamptz,
    finding          text,
    version          integer     NOT NULL DEFAULT 0,
    CONSTRAINT look_back_pk PRIMARY KEY (id),
    CONSTRAINT look_back_problem_fk FOREIGN KEY (problem_id) REFERENCES problem (id),
    CONSTRAINT look_back_unit_fk FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT look_back_verification_fk FOREIGN KEY (verification_id) REFERENCES verification (id),
    CONSTRAINT look_back_recorded_by_fk FOREIGN KEY (recorded_by) REFERENCES account (id),
    CONSTRAINT look_back_status_ck CHECK (status IN ('PENDING', 'CONSOLIDATED', 'RELAPSED')),
    CONSTRAINT look_back_recorded_ck CHECK ((status = 'PENDING')
        = (recorded_by IS NULL AND recorded_at IS NULL AND finding IS NULL))
);
CREATE UNIQUE INDEX look_back_one_pending_uq ON look_back (problem_id) WHERE status = 'PENDING';
CREATE INDEX look_back_pending_ix ON look_back (due_on, id) WHERE status = 'PENDING';
CREATE INDEX look_back_problem_ix ON look_back (problem_id, id);
CREATE INDEX look_back_unit_ix ON look_back (unit_id, id);

CREATE TABLE revision_cycle (
    id                bigint      NOT NULL,
    problem_id        bigint      NOT NULL,
    unit_id           bigint      NOT NULL,
    cycle             integer     NOT NULL,
    reason_category   text        NOT NULL,
    reason            text        NOT NULL,
    returned_by       bigint      NOT NULL,
    returned_at       timestamptz NOT NULL,
    -- the ledger sequence number of the return: a resubmission needs an edit after it
    returned_seq      integer     NOT NULL,
    resubmitted_by    bigint,
    resubmitted_at    timestamptz,
    resubmit_note     text,
    version           integer     NOT NULL DEFAULT 0,
    CONSTRAINT revision_cycle_pk PRIMARY KEY (id),
    CONSTRAINT revision_cycle_problem_fk FOREIGN KEY (problem_id) REFERENCES problem (id),
    CONSTRAINT revision_cycle_unit_fk FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT revision_cycle_returned_by_fk FOREIGN KEY (returned_by) REFERENCES account (id),
    CONSTRAINT revision_cycle_resubmitted_by_fk FOREIGN KEY (resubmitted_by) REFERENCES account (id),
    CONSTRAINT revision_cycle_uq UNIQUE (problem_id, cycle),
    CONSTRAINT revision_cycle_category_ck CHECK (reason_category IN ('VAGUE', 'ACHIEVEMENT_AS_PROBLEM',
        'NO_ROOT_CAUSE', 'NO_MEASURABLE_TARGET')),
    CONSTRAINT revision_cycle_resubmitted_ck CHECK ((resubmitted_by IS NULL) = (resubmitted_at IS NULL))
);
