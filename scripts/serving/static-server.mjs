// npm start: serves the static export (out/) as a host would, with the site's headers.
//   node scripts/serving/static-server.mjs out --config serve.json [--listen (-l) tcp://127.0.0.1:3000]
// The files, clean URLs, ranges and the 404 page are serve-handler's (the handler of Vercel's
// `serve`), driven by serve.json, which `npm run headers` writes, and gzip is `compression`'s,
// as in `serve` itself. This is a thin layer in front of them for what a static site's server
// must also do and the handler does not:
// - only GET and HEAD: anything else gets 405 with Allow (the handler would send the page);
// - a malformed or over-long URL gets a 4xx, never a 500 with a stack trace in the log (the
//   handler passes "/%00" and 8,000-character paths on to the file system, which throws);
// - every answer, errors and redirects too, carries the site's security headers;
// - the short links redirect, as out/_redirects says.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { parseArgs, promisify } from "node:util";

import compression from "compression";
import handler from "serve-handler";

/** Longer URLs get 414: no page of the site has a path near it, and file systems refuse names past 255 bytes a segment. */
const MAX_URL_LENGTH = 2048;
const ALLOWED_METHODS = ["GET", "HEAD"];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  // -l too, as `serve` spells it (the benchmark starts both servers alike).
  options: { config: { type: "string", default: "serve.json" }, listen: { type: "string", short: "l" } },
});
const root = path.resolve(positionals[0] ?? "out");
const config = { ...JSON.parse(fs.readFileSync(path.resolve(values.config), "utf8")), public: root };
// The short links, as the build writes them for hosts that read a redirect file (out/_redirects,
// "from to status" a line; lib/outputs/redirects.ts): real redirects here too, as on Vercel.
const redirectsFile = path.join(root, "_redirects");
if (fs.existsSync(redirectsFile)) {
  config.redirects = fs
    .readFileSync(redirectsFile, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const [source, destination, status] = line.trim().split(/\s+/);
      return { source, destination, type: Number(status) };
    });
}
// The headers every response gets (the "**" rule); a file's own rules still apply over them.
const everyResponse = config.headers.find((rule) => rule.source === "**")?.headers ?? [];
if (!everyResponse.some((header) => header.key === "Content-Security-Policy")) {
  throw new Error(`${values.config} has no "**" rule with a Content-Security-Policy: run npm run headers`);
}

/**
 * Why the request cannot be served, as a status and a reason; undefined when the handler may have it.
 * @param {http.IncomingMessage} request
 * @returns {{ status: number, reason: string } | undefined}
 */
function refusal(request) {
  if (!ALLOWED_METHODS.includes(request.method ?? "")) return { status: 405, reason: "Method Not Allowed" };
  const target = request.url ?? "/";
  if (target.length > MAX_URL_LENGTH) return { status: 414, reason: "URI Too Long" };
  if (!target.startsWith("/")) return { status: 400, reason: "Bad Request" };
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(target, "http://localhost").pathname);
  } catch {
    return { status: 400, reason: "Bad Request" };
  }
  // No file name holds a control character; the file system would throw on NUL.

  if (/[\u0000-\u001f\u007f]/.test(pathname)) return { status: 400, reason: "Bad Request" };
  return undefined;
}

/** A file-system error that means "no such file here" for a path that could never name one. */
function notFound(error) {
  if (
    error &&
    typeof error === "object" &&
    ["ENAMETOOLONG", "ERR_INVALID_ARG_VALUE", "EINVAL", "ENOTDIR"].includes(error.code)
  ) {
    return Object.assign(new Error(error.message), { code: "ENOENT" });
  }
  return error;
}

const lstat = (file) => fs.promises.lstat(file).catch((error) => Promise.reject(notFound(error)));
const realpath = (file) => fs.promises.realpath(file).catch((error) => Promise.reject(notFound(error)));
const compress = promisify(compression());

const server = http.createServer(async (request, response) => {
  for (const { key, value } of everyResponse) response.setHeader(key, value);
  const refused = refusal(request);
  if (refused) {
    if (refused.status === 405) response.setHeader("Allow", ALLOWED_METHODS.join(", "));
    response.writeHead(refused.status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
    response.end(request.method === "HEAD" ? undefined : `${refused.status} ${refused.reason}\n`);
    return;
  }
  try {
    await compress(request, response);
    await handler(request, response, config, { lstat, realpath });
  } catch (error) {
    console.error(`${request.method} ${request.url?.slice(0, 200)}: ${error instanceof Error ? error.message : error}`);
    if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
    response.end();
  }
});

const listen = new URL(values.listen ?? `tcp://0.0.0.0:${process.env.PORT ?? 3000}`);
server.listen(Number(listen.port), listen.hostname, () => {
  console.log(
    `Serving ${path.relative(process.cwd(), root) || "."} at http://${listen.hostname === "0.0.0.0" ? "localhost" : listen.hostname}:${listen.port}`,
  );
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
