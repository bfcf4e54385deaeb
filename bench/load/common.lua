-- Shared by echo.lua and assessment.lua (loaded with dofile; wrk runs each script once per thread).
-- Environment (set by run.sh): BONEBALANCE_TOKEN (bearer token), BENCH_RATE (requests/s for all connections together;
-- 0 = closed loop, as fast as the server answers), BENCH_CONNECTIONS (wrk's -c, needed to pace each connection).
-- BONEBALANCE_TOKENS (space-separated, optional): the requests rotate over these accounts' tokens, so that stored
-- assessments are spread over accounts and stay under the limit per account; each request is built once per token.
wrk.headers["Authorization"] = "Bearer " .. assert(os.getenv("BONEBALANCE_TOKEN"), "BONEBALANCE_TOKEN is not set")
local requests, next_request = {}, 0
function init(args)
  -- In init, not at load: wrk.format needs the thread's host, set after the script is loaded.
  for token in string.gmatch(os.getenv("BONEBALANCE_TOKENS") or "", "%S+") do
    local headers = {}
    for name, value in pairs(wrk.headers) do headers[name] = value end
    headers["Authorization"] = "Bearer " .. token
    requests[#requests + 1] = wrk.format(wrk.method, wrk.path, headers, wrk.body)
  end
end
function request()
  if #requests == 0 then return wrk.format() end
  next_request = next_request % #requests + 1
  return requests[next_request]
end

local rate = tonumber(os.getenv("BENCH_RATE") or "0")
local connections = tonumber(os.getenv("BENCH_CONNECTIONS") or "1")
if rate > 0 then
  -- Plain wrk has no rate option (wrk2 has): each connection waits before its next request, so C connections make
  -- C/(pause + latency) requests a second. run.sh calibrates the pause (BENCH_PAUSE_MS) so that the rate reached is
  -- the rate asked for, and reports the rate actually reached.
  local pause_ms = tonumber(os.getenv("BENCH_PAUSE_MS") or "") or connections * 1000 / rate
  -- Exponentially distributed pauses (mean pause_ms): the connections' requests then arrive independently, like a
  -- Poisson stream, instead of in lock-step bursts (equal pauses keep connections that were answered together in step).
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
  function delay() return -pause_ms * math.log(1 - math.random()) end
end

-- One machine-readable line for run.sh (wrk's own report is printed above it).
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f http_errors=%d socket_errors=%d\n",
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, e.status, e.connect + e.read + e.write + e.timeout))
end
