-- GET /api/v1/problems?limit=50&keyArea=K; weight 15
\set a random(1, 3)
SELECT p.* FROM problem p WHERE true AND p.key_areas @> ARRAY[(CAST('{CASE_FILING,PETITIONS,ENFORCEMENT}' AS text[]))[:a]] ORDER BY p.created_at DESC, p.id DESC LIMIT 51;
