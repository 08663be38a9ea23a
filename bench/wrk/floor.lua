-- The floor: an authenticated request that reads no SQL (GET /api/v1/me, the token from the cache).
-- What every endpoint pays before its own work: HTTP, routing, authentication, JSON, metrics.
dofile(os.getenv("BENCH_WRK") .. "/common.lua")
init = load_params

function request()
    return get("/api/v1/me", token_of("INSPECTOR"))
end
