-- wrk script for deploy/bench/load.sh and soak.sh: mixed traffic from a list of paths.
--
--   wrk -t2 -c200 -d60s -s deploy/bench/mixed.lua http://127.0.0.1:18180 -- paths.txt [unique-every]
--
-- paths.txt: one path (with its query string, already URL-encoded) a line; '#' lines are skipped.
-- Each thread goes round the list from its own starting point. With unique-every = N > 0, every
-- N-th request of a thread is instead a search for a word never sent before (as a page or through
-- the API, in turn), so that a cache or table keyed by what readers type would show up as heap
-- growth in a soak.
--
-- Responses are counted per thread by status class (and by exact status, and whether they set a
-- cookie); done() sums the threads and prints "BENCH <key> <value>" lines for the shell to parse.

local threads = {}
local next_id = 1

function setup(thread)
  thread:set("id", next_id)
  table.insert(threads, thread)
  next_id = next_id + 1
end

function init(args)
  local file = args[1] or "paths.txt"
  unique_every = tonumber(args[2] or "0") or 0
  wrk.headers["Accept-Encoding"] = "gzip"
  wrk.headers["User-Agent"] = "portal-bench"
  local paths = {}
  local f = assert(io.open(file, "r"))
  for line in f:lines() do
    if line ~= "" and line:sub(1, 1) ~= "#" then
      paths[#paths + 1] = line
    end
  end
  f:close()
  assert(#paths > 0, "no paths in " .. file)
  requests_ = {}
  for n, p in ipairs(paths) do
    requests_[n] = wrk.format("GET", p)
  end
  count = #paths
  pos = ((id - 1) * math.floor(count / 2 + 1)) % count
  sent = 0
  uniques = 0
  s1xx, s2xx, s3xx, s4xx, s5xx, sother, cookies = 0, 0, 0, 0, 0, 0, 0
  statuses = {}
end

local unique_langs = { "nb", "en", "ar", "th", "ru", "pl", "ro", "es" }

function request()
  sent = sent + 1
  if unique_every > 0 and sent % unique_every == 0 then
    uniques = uniques + 1
    local word = string.format("soak%dt%dn%d", math.random(100000, 999999), id, uniques)
    local lang = unique_langs[uniques % #unique_langs + 1]
    if uniques % 2 == 0 then
      return wrk.format("GET", "/" .. lang .. "/search?q=hjelp+" .. word)
    end
    return wrk.format("GET", "/api/v1/search?lang=" .. lang .. "&q=" .. word .. "+help")
  end
  pos = pos % count + 1
  return requests_[pos]
end

function response(status, headers, body)
  if status >= 500 then
    s5xx = s5xx + 1
  elseif status >= 400 then
    s4xx = s4xx + 1
  elseif status >= 300 then
    s3xx = s3xx + 1
  elseif status >= 200 then
    s2xx = s2xx + 1
  elseif status >= 100 then
    s1xx = s1xx + 1
  else
    sother = sother + 1
  end
  local key = tostring(status)
  statuses[key] = (statuses[key] or 0) + 1
  if headers["Set-Cookie"] or headers["set-cookie"] then
    cookies = cookies + 1
  end
end

function done(summary, latency, requests)
  local total = { s1xx = 0, s2xx = 0, s3xx = 0, s4xx = 0, s5xx = 0, sother = 0, cookies = 0, uniques = 0 }
  local by_status = {}
  for _, t in ipairs(threads) do
    for k, _ in pairs(total) do
      total[k] = total[k] + (t:get(k) or 0)
    end
    for code, n in pairs(t:get("statuses") or {}) do
      by_status[code] = (by_status[code] or 0) + n
    end
  end
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local out = {
    { "requests", summary.requests },
    { "seconds", string.format("%.1f", seconds) },
    { "rps", string.format("%.1f", summary.requests / seconds) },
    { "bytes", summary.bytes },
    { "p50_ms", string.format("%.1f", latency:percentile(50) / 1000) },
    { "p90_ms", string.format("%.1f", latency:percentile(90) / 1000) },
    { "p99_ms", string.format("%.1f", latency:percentile(99) / 1000) },
    { "max_ms", string.format("%.1f", latency.max / 1000) },
    { "err_connect", e.connect },
    { "err_read", e.read },
    { "err_write", e.write },
    { "err_timeout", e.timeout },
    { "err_status", e.status },
    { "s1xx", total.s1xx },
    { "s2xx", total.s2xx },
    { "s3xx", total.s3xx },
    { "s4xx", total.s4xx },
    { "s5xx", total.s5xx },
    { "sother", total.sother },
    { "set_cookie", total.cookies },
    { "unique_queries", total.uniques },
  }
  for _, kv in ipairs(out) do
    io.write(string.format("BENCH %s %s\n", kv[1], tostring(kv[2])))
  end
  for code, n in pairs(by_status) do
    io.write(string.format("BENCH status_%s %d\n", code, n))
  end
end
