-- GET /api/v1/ledger?limit=50&cursor=C, C one of the 8 fixed cursors of prepare.sh; weight 50
\set k random(1, 8)
SELECT e.id, e.problem_id, e.seq, e.measure_id, e.unit_id, e.occurred_at, e.actor_account_id, e.actor_name, e.actor_role, e.kind, e.changes::text, e.reason, e.prev_hash, e.hash, e.tx_id::text FROM ledger_entry e WHERE e.tx_id < pg_snapshot_xmin(pg_current_snapshot()) AND (e.tx_id, e.id) > ((CAST(:feed_tx AS xid8[]))[:k], (CAST(:feed_id AS bigint[]))[:k]) ORDER BY e.tx_id, e.id LIMIT 51;
