-- GET /api/v1/problems?limit=50&cursor=C: page 2,000 (national) or 200 (tenth), cursor from prepare.sh
SELECT p.* FROM problem p WHERE true AND (p.created_at, p.id) < (CAST(:deep_ts AS timestamptz), CAST(:deep_id AS bigint)) ORDER BY p.created_at DESC, p.id DESC LIMIT 51;
