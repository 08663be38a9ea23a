-- GET /api/v1/problems?limit=50: the first page of the unfiltered list
SELECT p.* FROM problem p WHERE true ORDER BY p.created_at DESC, p.id DESC LIMIT 51;
