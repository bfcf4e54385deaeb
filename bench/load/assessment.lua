-- POST /api/assessments: runs the Assessor on the saved profile (PUT by run.sh from examples/) and the last 7 days of
-- the diary, stores input and result, returns the whole assessment JSON (201).
wrk.method = "POST"
wrk.path = "/api/assessments"
dofile(os.getenv("BENCH_DIR") .. "/common.lua")
