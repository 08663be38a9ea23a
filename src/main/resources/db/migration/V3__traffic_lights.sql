-- Traffic lights (红黄绿灯) are computed, never typed in. Each open measure stores the instants at
-- which it turns YELLOW and RED; each problem stores the earliest of its own and its open
-- measures' instants. The light at any moment is then a pure function of these two columns, the
-- same one for the list filter (an index range) and the detail. NULL means "no light" (the work
-- is done or the problem is awaiting verification or closed). See docs/supervision.md.
ALTER TABLE problem
    ADD COLUMN light_yellow_at timestamptz,
    ADD COLUMN light_red_at    timestamptz,
    -- the light as last observed by a write or the scheduled evaluation; a change is a ledger entry
    ADD COLUMN light_seen      text,
    ADD CONSTRAINT problem_light_pair_ck CHECK ((light_yellow_at IS NULL) = (light_red_at IS NULL)
        AND (light_yellow_at IS NULL OR light_yellow_at <= light_red_at)),
    ADD CONSTRAINT problem_light_seen_ck CHECK (light_seen IN ('GREEN', 'YELLOW', 'RED'));

ALTER TABLE measure
    ADD COLUMN light_yellow_at timestamptz,
    ADD COLUMN light_red_at    timestamptz,
    ADD COLUMN light_seen      text,
    -- how many times the measure has turned YELLOW: the escalation rule "YELLOW twice" reads it
    ADD COLUMN yellow_spells   integer NOT NULL DEFAULT 0,
    ADD CONSTRAINT measure_light_pair_ck CHECK ((light_yellow_at IS NULL) = (light_red_at IS NULL)
        AND (light_yellow_at IS NULL OR light_yellow_at <= light_red_at)),
    ADD CONSTRAINT measure_light_seen_ck CHECK (light_seen IN ('GREEN', 'YELLOW', 'RED')),
    ADD CONSTRAINT measure_yellow_spells_ck CHECK (yellow_spells >= 0);

-- light=RED is "red_at <= now", light=YELLOW "yellow_at <= now < red_at", GREEN "now < yellow_at"
CREATE INDEX problem_light_red_ix ON problem (light_red_at, id) WHERE light_red_at IS NOT NULL;
CREATE INDEX problem_light_yellow_ix ON problem (light_yellow_at, id) WHERE light_yellow_at IS NOT NULL;
-- overdue can be asked against the original deadline as well as the current one
CREATE INDEX problem_original_deadline_ix ON problem (original_deadline, id);

-- Settings the stored thresholds were computed with. When an instance starts (or evaluates) with
-- other settings, it recomputes every threshold and records the new fingerprint here.
CREATE TABLE supervision_setting (
    name        text        NOT NULL,
    value       text        NOT NULL,
    updated_at  timestamptz NOT NULL,
    CONSTRAINT supervision_setting_pk PRIMARY KEY (name)
);
