-- GET /api/v1/problems?limit=50&status=S (ProblemRepository.search); weight 40 as in wrk/list.lua
\set s random(1, 5)
SELECT p.* FROM problem p WHERE true AND p.status = (CAST('{REGISTERED,RETURNED_FOR_REVISION,IN_RECTIFICATION,CLOSE_OUT_REQUESTED,CLOSED}' AS text[]))[:s] ORDER BY p.created_at DESC, p.id DESC LIMIT 51;
