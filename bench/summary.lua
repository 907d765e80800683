-- wrk prints only p50/p75/p90/p99 with --latency; this prints one JSON line with what the
-- benchmark reads (p95 included), in microseconds, so nothing is parsed from prose.
-- Requests carry the header a TLS-terminating proxy adds: production redirects plain HTTP.
wrk.headers["X-Forwarded-Proto"] = "https"

done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'BENCH-SUMMARY {"requests": %d, "duration_us": %d, "bytes": %d, ' ..
    '"errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}, ' ..
    '"latency_us": {"p50": %d, "p95": %d, "p99": %d, "max": %d, "mean": %.1f}}\n',
    summary.requests, summary.duration, summary.bytes,
    errors.connect, errors.read, errors.write, errors.status, errors.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    latency.max, latency.mean))
end
