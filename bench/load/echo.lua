-- GET /api/echo: the app's cheapest authenticated JSON round trip (same pipeline as the assessment endpoint).
wrk.method = "GET"
wrk.path = "/api/echo"
dofile(os.getenv("BENCH_DIR") .. "/common.lua")
