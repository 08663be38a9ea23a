-- Shared by every mix: parameters written by bench/prepare.sh (tokens, ids, cursors), one
-- token per wrk thread, and a JSON summary line at the end that bench/run.sh collects.
-- Usage: wrk ... -s <mix>.lua URL -- <params.lua>

local thread_count = 0
function setup(thread)
    thread_count = thread_count + 1
    thread:set("thread_index", thread_count)
end

function load_params(args)
    P = dofile(args[1])
    math.randomseed(os.time() * 1000 + (thread_index or 0))
    counter = 0
end

function pick(list)
    return list[math.random(#list)]
end

function token_of(role)
    local list = P.tokens[role]
    return list[((thread_index or 1) - 1) % #list + 1]
end

function get(path, token)
    return wrk.format("GET", path, {["Authorization"] = "Bearer " .. token})
end

function post(path, token, body)
    counter = counter + 1
    return wrk.format("POST", path, {
        ["Authorization"] = "Bearer " .. token,
        ["Content-Type"] = "application/json",
        ["Idempotency-Key"] = string.format("bench-%d-%d-%d-%d", os.time(), thread_index or 0, counter,
            math.random(1, 1000000000)),
    }, body)
end

-- weighted choice over {{weight, value}, ...}
function weighted(options)
    local total = 0
    for _, o in ipairs(options) do total = total + o[1] end
    local x = math.random() * total
    for _, o in ipairs(options) do
        x = x - o[1]
        if x <= 0 then return o[2] end
    end
    return options[#options][2]
end

function done(summary, latency, requests)
    local e = summary.errors
    io.write(string.format(
        'RESULT {"requests":%d,"seconds":%.2f,"rps":%.1f,"p50_ms":%.2f,"p99_ms":%.2f,"mean_ms":%.2f,' ..
        '"max_ms":%.1f,"socket_errors":%d,"non2xx":%d}\n',
        summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.mean / 1000, latency.max / 1000,
        e.connect + e.read + e.write + e.timeout, e.status))
end
