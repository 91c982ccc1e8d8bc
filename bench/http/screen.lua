-- wrk script: POST /v1/screen with a rotating set of names (hits and clears), authenticated.
-- Used by scripts/bench-http; KEY comes from the environment.
local names = {
  "Ri Won Ho", "Kim Yong Chol", "Jane Quiet Nobody", "Choe Ryong Hae", "Plain Harbour Bakery",
  "Korea Mining Development Trading Corporation", "John Smith", "Pak Pong Ju", "Maria Garcia Lopez", "Kim Il",
}
local bodies = {}
for i, name in ipairs(names) do bodies[i] = '{"name": "' .. name .. '"}' end
local counter = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("KEY")
request = function()
  counter = counter + 1
  return wrk.format(nil, "/v1/screen", nil, bodies[(counter % #bodies) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("requests/s %.0f  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms  errors %d (status %d)\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout, summary.errors.status))
end
