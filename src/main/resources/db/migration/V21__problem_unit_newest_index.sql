-- A unit's problems, newest first: the list every liaison opens (their unit is always in the
-- filter) and the inspectors' by-unit filter. With only (unit_id, id) PostgreSQL either sorted all
-- of a large unit's problems (7,600 at national scale) or walked the newest-first index of the
-- whole table past other units' rows; (unit_id, created_at, id) hands it the page in order and
-- still serves every equality lookup on unit_id, so it replaces the old index.
-- CREATE INDEX takes a write lock on problem for as long as it builds (71 ms for 100,000
-- problems, measured on the national bench data).
CREATE INDEX problem_unit_created_ix ON problem (unit_id, created_at, id);
DROP INDEX problem_unit_ix;
