-- GET /api/v1/ledger?limit=50 (LedgerFeed); weight 50 as in wrk/feed.lua
SELECT e.*, e.tx_id::text AS tx FROM ledger_entry e WHERE e.tx_id < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY e.tx_id, e.id LIMIT 51;
