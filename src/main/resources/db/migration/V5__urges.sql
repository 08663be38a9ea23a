-- Urging (督促/催办): an inspector urges the unit on a problem or measure with a reply-by date;
-- the unit's liaison replies once. Open urges, late replies and reply times are read per unit.
CREATE SEQUENCE urge_seq INCREMENT BY 50;

CREATE TABLE urge (
    id          bigint      NOT NULL,
    problem_id  bigint      NOT NULL,
    measure_id  bigint,
    unit_id     bigint      NOT NULL,
    message     text        NOT NULL,
    reply_by    date        NOT NULL,
    sent_by     bigint      NOT NULL,
    sent_at     timestamptz NOT NULL,
    reply       text,
    replied_by  bigint,
    replied_at  timestamptz,
    -- answered after the reply-by day (in the campaign's time zone); fixed once answered
    replied_late boolean,
    version     integer     NOT NULL DEFAULT 0,
    CONSTRAINT urge_pk PRIMARY KEY (id),
    CONSTRAINT urge_problem_fk FOREIGN KEY (problem_id) REFERENCES problem (id),
    CONSTRAINT urge_measure_fk FOREIGN KEY (measure_id) REFERENCES measure (id),
    CONSTRAINT urge_unit_fk FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT urge_sent_by_fk FOREIGN KEY (sent_by) REFERENCES account (id),
    CONSTRAINT urge_replied_by_fk FOREIGN KEY (replied_by) REFERENCES account (id),
    CONSTRAINT urge_reply_ck CHECK ((reply IS NULL) = (replied_by IS NULL) AND (reply IS NULL) = (replied_at IS NULL)
        AND (reply IS NULL) = (replied_late IS NULL)),
    CONSTRAINT urge_message_len_ck CHECK (char_length(message) BETWEEN 1 AND 2000)
);
CREATE INDEX urge_problem_ix ON urge (problem_id, id);
CREATE INDEX urge_unit_ix ON urge (unit_id, id);
-- open urges by reply-by date: "which replies are overdue"
CREATE INDEX urge_open_ix ON urge (reply_by, id) WHERE replied_at IS NULL;
