// The two static servers the benchmark measures, both the site's server (scripts/serving/) with
// the flags of `npm start`, on 127.0.0.1 only:
// - shipped: `npm start` itself, serving out/ (the export without the client runtime) with
//   the site's serve.json;
// - stock: the same server over out-stock/ (the export as `next build` wrote it), with
//   serve-stock.json: the site's headers, but a CSP that lets Next.js's inline scripts run
//   (see stockServeConfig), or the runtime would be blocked and not measured.
import fs from "node:fs";
import path from "node:path";

export { freePort, startServer, stopAllServers, stopServer } from "../testing/local-server.mjs";

export const STOCK_DIR = "out-stock";
export const STOCK_CONFIG = "serve-stock.json";

/**
 * The Content-Security-Policy the site sent while it shipped Next.js's runtime (next.config.js
 * before the runtime was removed): inline scripts and styles allowed, no Trusted Types,
 * every other directive as the site's policy has it.
 * @param {string} policy the site's policy
 */
export function stockPolicy(policy) {
  const directives = policy
    .split(";")
    .map((directive) => directive.trim().split(/\s+/))
    .filter((words) => words[0]);
  const names = directives.map(([name]) => name);
  if (!names.includes("script-src")) throw new Error(`the site's CSP has no script-src: ${policy}`);
  return directives
    .filter(([name]) => name !== "require-trusted-types-for" && name !== "trusted-types")
    .map(([name, ...values]) =>
      (name === "script-src" || name === "style-src") && !values.includes("'unsafe-inline'")
        ? [name, ...values, "'unsafe-inline'"]
        : [name, ...values],
    )
    .map((words) => words.join(" "))
    .join("; ");
}

/** serve-stock.json, from the site's serve.json: the same rules, the stock policy. */
export function stockServeConfig(serveConfig) {
  let policies = 0;
  const headers = serveConfig.headers.map((rule) => ({
    ...rule,
    headers: rule.headers.map((header) => {
      if (header.key.toLowerCase() !== "content-security-policy") return header;
      policies += 1;
      return { ...header, value: stockPolicy(header.value) };
    }),
  }));
  if (policies === 0)
    throw new Error("serve.json sets no Content-Security-Policy: the stock config would not differ from it");
  return { ...serveConfig, headers };
}

/** Writes site/serve-stock.json and returns the stock policy for pages, for the report. */
export function writeStockServeConfig(site) {
  const config = stockServeConfig(JSON.parse(fs.readFileSync(path.join(site, "serve.json"), "utf8")));
  fs.writeFileSync(path.join(site, STOCK_CONFIG), `${JSON.stringify(config, null, 2)}\n`);
  const pageRule = config.headers.find((rule) => rule.source === "**");
  return pageRule?.headers.find((header) => header.key.toLowerCase() === "content-security-policy")?.value ?? null;
}

/**
 * The stock server's command: `npm start`'s script with the stock folder and config, so
 * that both servers keep the same flags when the script changes.
 */
export function stockStartScript(startScript) {
  const shipped = "static-server.mjs out --config serve.json";
  if (!startScript.includes(shipped)) {
    throw new Error(
      `package.json's start script no longer contains "${shipped}": teach bench/servers.mjs how it serves out/ (${startScript})`,
    );
  }
  return startScript.replace(shipped, `static-server.mjs ${STOCK_DIR} --config ${STOCK_CONFIG}`);
}
