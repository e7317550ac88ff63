// A bounded HTTP load on 127.0.0.1: a fixed number of keep-alive connections, each sending
// its next request when the last one answers, for a fixed time and at most a fixed count.
// The load generator runs on the same cores as the server it measures; the numbers compare
// servers on this machine, they are not capacity figures.
import http from "node:http";

export async function runLoad(url, { connections = 8, durationMs = 10_000, maxRequests = 200_000 } = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  let errors = 0;
  let sent = 0;
  const deadline = Date.now() + durationMs;

  const requestOnce = () =>
    new Promise((resolve) => {
      const started = process.hrtime.bigint();
      const request = http.get(url, { agent }, (response) => {
        response.resume();
        response.on("end", () => {
          latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
          if (response.statusCode !== 200) errors++;
          resolve();
        });
      });
      request.setTimeout(10_000, () => request.destroy(new Error("timeout")));
      request.on("error", () => {
        errors++;
        resolve();
      });
    });

  const startedAt = Date.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < deadline && sent < maxRequests) {
        sent++;
        await requestOnce();
      }
    }),
  );
  const elapsedMs = Date.now() - startedAt;
  agent.destroy();

  latencies.sort((a, b) => a - b);
  const percentile = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? null;
  return {
    connections,
    durationMs: elapsedMs,
    requests: latencies.length,
    requestsPerSecond: Math.round((latencies.length / elapsedMs) * 1000),
    p50Ms: round(percentile(50)),
    p99Ms: round(percentile(99)),
    errors,
  };
}

const round = (value) => (value === null ? null : Math.round(value * 100) / 100);
