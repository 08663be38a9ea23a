-- Inspector reads: filtered problem lists of 50 rows, default order (newest first).
-- The same four filter shapes, with the same weights, are in bench/pgbench/list_*.sql.
dofile(os.getenv("BENCH_WRK") .. "/common.lua")
init = load_params

local statuses = {"REGISTERED", "RETURNED_FOR_REVISION", "IN_RECTIFICATION", "CLOSE_OUT_REQUESTED", "CLOSED"}
local areas = {"CASE_FILING", "PETITIONS", "ENFORCEMENT"}

function request()
    local tok = token_of("INSPECTOR")
    local q = weighted({
        {40, function() return "status=" .. pick(statuses) end},
        {30, function() return "unitId=" .. math.random(P.unit_min, P.unit_max) end},
        {15, function() return "light=RED" end},
        {15, function() return "keyArea=" .. pick(areas) end},
    })()
    return get("/api/v1/problems?limit=50&" .. q, tok)
end
