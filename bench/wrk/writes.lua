-- Liaison writes, each with its ledger entry and an Idempotency-Key: file a problem (40 %), add a
-- measure (20 %), report progress (25 %), add evidence (15 %). One liaison (unit) per wrk thread:
-- run with as many threads as connections. BENCH_WRITES=file files problems only (writer scaling).
dofile(os.getenv("BENCH_WRK") .. "/common.lua")

local me
function init(args)
    load_params(args)
    me = P.liaisons[(thread_index - 1) % #P.liaisons + 1]
end

local function filing()
    return post("/api/v1/problems", me.token, string.format(
        '{"campaignId":%d,"title":"压测问题 %d-%d","description":"基准测试生成的问题,用于衡量台账写入吞吐",' ..
        '"category":"FOLLOW_UP","workLine":"INSPECTION_RECTIFICATION","source":"SELF_EXAMINATION",' ..
        '"keyAreas":["ENFORCEMENT"],"severity":"MEDIUM","responsiblePerson":"王建国","deadline":"%s"}',
        P.campaign, thread_index, counter + 1, P.deadline))
end

local function measure()
    return post("/api/v1/problems/" .. pick(me.open) .. "/measures", me.token, string.format(
        '{"title":"压测措施","description":"基准测试生成的措施","owner":"李明","deadline":"%s"}', P.today))
end

local function progress()
    return post("/api/v1/measures/" .. pick(me.measures) .. "/progress-reports", me.token,
        string.format('{"percent":%d,"note":"按计划推进"}', math.random(1, 99)))
end

local function evidence()
    return post("/api/v1/measures/" .. pick(me.measures) .. "/evidence", me.token,
        '{"kind":"DOCUMENT","title":"压测佐证","uri":"https://files.court.example/bench.pdf"}')
end

-- Measures go to the prepared open problems and to the problems this writer filed during the run: a
-- unit with one open problem would otherwise fill it up to its 50 measures and get 409s from then on.
-- One connection per thread, so a response answers the request this thread sent last.
local sent
function request()
    if os.getenv("BENCH_WRITES") == "file" then
        return filing()
    end
    sent = weighted({{40, filing}, {20, measure}, {25, progress}, {15, evidence}})
    return sent()
end

function response(status, headers)
    if sent == filing and status == 201 then
        local id = (headers["Location"] or headers["location"] or ""):match("/problems/(%d+)$")
        if id then
            table.insert(me.open, tonumber(id))
        end
    end
end
