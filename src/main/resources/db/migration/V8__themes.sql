-- Cross-unit themes (共性问题): an inspector links problems of several units into one theme. Each
-- problem keeps its own measures, lights and close-out; links and unlinks are ledger entries on
-- the linked problem's chain.
CREATE SEQUENCE theme_seq INCREMENT BY 50;

CREATE TABLE theme (
    id           bigint      NOT NULL,
    title        text        NOT NULL,
    description  text        NOT NULL,
    created_by   bigint      NOT NULL,
    created_at   timestamptz NOT NULL,
    CONSTRAINT theme_pk PRIMARY KEY (id),
    CONSTRAINT theme_created_by_fk FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT theme_title_len_ck CHECK (char_length(title) BETWEEN 1 AND 200)
);

CREATE TABLE theme_problem (
    theme_id    bigint      NOT NULL,
    problem_id  bigint      NOT NULL,
    unit_id     bigint      NOT NULL,
    linked_by   bigint      NOT NULL,
    linked_at   timestamptz NOT NULL,
    CONSTRAINT theme_problem_pk PRIMARY KEY (theme_id, problem_id),
    CONSTRAINT theme_problem_theme_fk FOREIGN KEY (theme_id) REFERENCES theme (id),
    CONSTRAINT theme_problem_problem_fk FOREIGN KEY (problem_id) REFERENCES problem (id),
    CONSTRAINT theme_problem_unit_fk FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT theme_problem_linked_by_fk FOREIGN KEY (linked_by) REFERENCES account (id)
);
CREATE INDEX theme_problem_problem_ix ON theme_problem (problem_id);
CREATE INDEX theme_problem_unit_ix ON theme_problem (unit_id, theme_id);
