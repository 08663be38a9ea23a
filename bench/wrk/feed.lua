-- Inspector reads: the global ledger feed, 50 entries: half the first page, half resumed from one
-- of the fixed cursors prepare.sh picked (bench/pgbench/feed_*.sql use the same ones).
dofile(os.getenv("BENCH_WRK") .. "/common.lua")
init = load_params

function request()
    local tok = token_of("INSPECTOR")
    if math.random() < 0.5 then
        return get("/api/v1/ledger?limit=50", tok)
    end
    return get("/api/v1/ledger?limit=50&cursor=" .. pick(P.feed_cursors), tok)
end
