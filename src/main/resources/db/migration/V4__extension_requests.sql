-- Deadlines cannot silently move: a liaison asks for an extension (new date and reason), an
-- inspector approves or rejects it with a note. Approved requests move the current deadline of
-- the problem or measure; the original deadline never changes.
CREATE SEQUENCE extension_request_seq INCREMENT BY 50;

CREATE TABLE extension_request (
    id                  bigint      NOT NULL,
    problem_id          bigint      NOT NULL,
    -- NULL: the request is for the problem's own deadline
    measure_id          bigint,
    unit_id             bigint      NOT NULL,
    deadline_before     date        NOT NULL,
    requested_deadline  date        NOT NULL,
    reason              text        NOT NULL,
    status              text        NOT NULL,
    requested_by        bigint      NOT NULL,
    requested_at        timestamptz NOT NULL,
    decided_by          bigint,
    decided_at          timestamptz,
    decision_note       text,
    version             integer     NOT NULL DEFAULT 0,
    CONSTRAINT extension_request_pk PRIMARY KEY (id),
    CONSTRAINT extension_request_problem_fk FOREIGN KEY (problem_id) REFERENCES problem (id),
    CONSTRAINT extension_request_measure_fk FOREIGN KEY (measure_id) REFERENCES measure (id),
    CONSTRAINT extension_request_unit_fk FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT extension_request_requested_by_fk FOREIGN KEY (requested_by) REFERENCES account (id),
    CONSTRAINT extension_request_decided_by_fk FOREIGN KEY (decided_by) REFERENCES account (id),
    CONSTRAINT extension_request_status_ck CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    CONSTRAINT extension_request_later_ck CHECK (requested_deadline > deadline_before),
    CONSTRAINT extension_request_decision_ck CHECK ((status = 'PENDING')
        = (decided_by IS NULL AND decided_at IS NULL)),
    CONSTRAINT extension_request_reject_note_ck CHECK (status <> 'REJECTED' OR decision_note IS NOT NULL),
    CONSTRAINT extension_request_reason_len_ck CHECK (char_length(reason) BETWEEN 1 AND 2000)
);
-- one open request per problem or measure at a time
CREATE UNIQUE INDEX extension_request_one_pending_uq ON extension_request (problem_id, COALESCE(measure_id, 0))
    WHERE status = 'PENDING';
CREATE INDEX extension_request_problem_ix ON extension_request (problem_id, id);
CREATE INDEX extension_request_status_ix ON extension_request (status, id);
CREATE INDEX extension_request_unit_ix ON extension_request (unit_id, id);
