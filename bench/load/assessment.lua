-- POST /api/assessments (BENCH_PATH overrides the path, e.g. "/api/assessments?save=false").
-- Without BENCH_BODY: the empty body asks for the saved profile (PUT by run.sh from examples/) with the last 7 days of
-- the diary; the input and result are stored; 201 with the whole assessment JSON.
-- With BENCH_BODY=FILE: that profile document is the body (Content-Type: application/json).
wrk.method = "POST"
wrk.path = os.getenv("BENCH_PATH") or "/api/assessments"
local body = os.getenv("BENCH_BODY")
if body and body ~= "" then
  local file = assert(io.open(body, "rb"), "BENCH_BODY: cannot open " .. body)
  wrk.body = file:read("*a")
  file:close()
  wrk.headers["Content-Type"] = "application/json"
end
dofile(os.getenv("BENCH_DIR") .. "/common.lua")
