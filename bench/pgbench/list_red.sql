-- GET /api/v1/problems?limit=50&light=RED; weight 15
SELECT p.* FROM problem p WHERE true AND p.light_red_at <= now() ORDER BY p.created_at DESC, p.id DESC LIMIT 51;
