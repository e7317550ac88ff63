// A bounded HTTP load on 127.0.0.1: a fixed number of keep-alive connections, each sending
// its next request when the last one answers, until a time limit or a request count is
// reached, whichever comes first; then it stops by itself. Requests ask for gzip and brotli,
// as a browser does, so that a server that compresses pays for it.
// The load generator runs on the same cores as the server it measures; the numbers compare
// servers on this machine, they are not capacity figures.
import http from "node:http";

export async function runLoad(url, { connections = 8, durationMs = 10_000, maxRequests = 50_000 } = {}) {
  const { hostname } = new URL(url);
  if (hostname !== "127.0.0.1") throw new Error(`the load runs against 127.0.0.1 only, not ${hostname}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  const encodings = new Map();
  let errors = 0;
  let sent = 0;
  let bodyBytes = 0;
  const deadline = Date.now() + durationMs;

  const requestOnce = () =>
    new Promise((resolve) => {
      const started = process.hrtime.bigint();
      const request = http.get(url, { agent, headers: { "accept-encoding": "br, gzip" } }, (response) => {
        response.on("data", (chunk) => (bodyBytes += chunk.length));
        response.on("end", () => {
          latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
          const encoding = response.headers["content-encoding"] ?? "identity";
          encodings.set(encoding, (encodings.get(encoding) ?? 0) + 1);
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
    bytesPerResponse: latencies.length ? Math.round(bodyBytes / latencies.length) : null,
    encodings: Object.fromEntries(encodings),
  };
}

const round = (value) => (value === null ? null : Math.round(value * 100) / 100);
