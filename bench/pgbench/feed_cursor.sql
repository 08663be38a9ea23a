-- GET /api/v1/ledger?limit=50&cursor=C, C one of the 8 fixed cursors of prepare.sh; weight 50
\set k random(1, 8)
SELECT e.*, e.tx_id::text AS tx FROM ledger_entry e WHERE e.tx_id < pg_snapshot_xmin(pg_current_snapshot()) AND (e.tx_id, e.id) > ((CAST(:feed_tx AS xid8[]))[:k], (CAST(:feed_id AS bigint[]))[:k]) ORDER BY e.tx_id, e.id LIMIT 51;
