-- Keyset pagination: the unfiltered list, 50 rows, at the page named by BENCH_PAGE ("first", or
-- "deep" for page 2,000 at national scale / page 200 at a tenth, the cursor built by prepare.sh).
dofile(os.getenv("BENCH_WRK") .. "/common.lua")
init = load_params

function request()
    local path = "/api/v1/problems?limit=50"
    if os.getenv("BENCH_PAGE") == "deep" then
        path = path .. "&cursor=" .. P.deep_cursor
    end
    return get(path, token_of("INSPECTOR"))
end
