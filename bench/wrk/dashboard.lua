-- Dashboard reads: GET /api/v1/dashboard/summary as a wall display polls it: the totals, or grouped
-- by status, light, category, work line, key area or escalation, a third of them for the current
-- campaign. (Grouping by unit is left out: its answer has one group per unit, so it grows with the
-- number of units by design and is not the "cost that does not grow with the data" being measured.)
dofile(os.getenv("BENCH_WRK") .. "/common.lua")
init = load_params

local groups = {"", "STATUS", "LIGHT", "CATEGORY", "WORK_LINE", "KEY_AREA", "ESCALATED"}

function request()
    local g = pick(groups)
    local q = g == "" and "" or ("groupBy=" .. g)
    if math.random() < 0.33 then
        q = q .. (q == "" and "" or "&") .. "campaignId=" .. P.campaign
    end
    return get("/api/v1/dashboard/summary?" .. q, token_of("DASHBOARD"))
end
