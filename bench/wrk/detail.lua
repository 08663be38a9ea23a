-- Inspector reads: one problem with its measures and last 20 ledger entries (bench/pgbench/detail.sql).
dofile(os.getenv("BENCH_WRK") .. "/common.lua")
init = load_params

function request()
    return get("/api/v1/problems/" .. math.random(P.problem_min, P.problem_max), token_of("INSPECTOR"))
end
