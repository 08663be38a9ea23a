-- The problem list's default order is newest first (created_at DESC, id DESC). With only
-- (status, id) to go on, a status filter whose problems are mostly old (CLOSED,
-- CLOSE_OUT_REQUESTED) walked the created_at index backwards past every newer problem of another
-- status: 30-80 ms per page at 100,000 problems (bench/, EXPLAIN ANALYZE). With this index the
-- page is read in order, whatever the status and whichever plan (custom or generic) is chosen.
CREATE INDEX problem_status_created_ix ON problem (status, created_at, id);
