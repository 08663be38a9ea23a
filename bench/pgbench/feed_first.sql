-- GET /api/v1/ledger?limit=50 (LedgerFeed); weight 50 as in wrk/feed.lua
SELECT e.id, e.problem_id, e.seq, e.measure_id, e.unit_id, e.occurred_at, e.actor_account_id, e.actor_name, e.actor_role, e.kind, e.changes::text, e.reason, e.prev_hash, e.hash, e.tx_id::text FROM ledger_entry e WHERE e.tx_id < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY e.tx_id, e.id LIMIT 51;
