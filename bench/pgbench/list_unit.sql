-- GET /api/v1/problems?limit=50&unitId=U; weight 30
\set u random(:unit_min, :unit_max)
SELECT p.* FROM problem p WHERE true AND p.unit_id = :u ORDER BY p.created_at DESC, p.id DESC LIMIT 51;
