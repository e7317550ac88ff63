// npm run bench [-- --sizes 10,100,1000 --project DIR --skip-lighthouse --skip-load]
//
// Builds a temporary copy of the project with N synthetic talks (never touching content/),
// for each N, and reports build time, memory, page weights, serving under load (next start
// against a static export on a plain file server) and Lighthouse medians. Writes
// bench/results.json and bench/results.md. Takes minutes; not part of npm test.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

import { builtHtmlPath, builtPageRoutes, classifyClientChunks, measureHtmlPage } from "../scripts/built-output.mjs";
import { makeWorkCopy } from "../scripts/work-copy.mjs";

import { runLighthouse } from "./lighthouse-runner.mjs";
import { runLoad } from "./load.mjs";
import { writeSyntheticTalks } from "./synthetic-talks.mjs";

const { values: options } = parseArgs({
  options: {
    sizes: { type: "string", default: "10,100,1000" },
    project: { type: "string", default: process.cwd() },
    out: { type: "string", default: "bench/results" },
    "load-size": { type: "string", default: "100" },
    "lighthouse-size": { type: "string", default: "100" },
    "skip-lighthouse": { type: "boolean", default: false },
    "skip-load": { type: "boolean", default: false },
    runs: { type: "string" },
  },
});

const sizes = options.sizes.split(",").map(Number).filter((n) => n > 0);
const loadSize = Number(options["load-size"]);
const lighthouseSize = Number(options["lighthouse-size"]);
const projectDir = path.resolve(options.project);
const started = Date.now();

function log(message) {
  const seconds = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  console.log(`[bench ${seconds}s] ${message}`);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(rootPid) {
  const children = new Map();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop();
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
      if (rss) total += Number(rss[1]) * 1024;
    } catch {
      // Gone already.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

const nextBin = (site) => path.join(site, "node_modules", "next", "dist", "bin", "next");

/** One cold `next build`: wall time and the peak memory of the whole process tree. */
function build(site, extraEnv = {}) {
  fs.rmSync(path.join(site, ".next"), { recursive: true, force: true });
  fs.rmSync(path.join(site, "out"), { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const startedAt = process.hrtime.bigint();
    const child = spawn(process.execPath, [nextBin(site), "build"], {
      cwd: site,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extraEnv },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 200);
    child.on("exit", (code) => {
      clearInterval(sampler);
      const wallMs = Number(process.hrtime.bigint() - startedAt) / 1e6;
      if (code !== 0) reject(new Error(`next build failed (${code}):\n${output.slice(-3000)}`));
      else resolve({ wallMs: Math.round(wallMs), peakRssMb: Math.round(peak / 1024 / 1024), phases: buildPhases(output) });
    });
  });
}

/** The phases next build reports, in seconds: compile, type check, page data, prerendering. */
function buildPhases(output) {
  const plain = output.replace(/\x1b\[[0-9;]*m/g, "");
  const seconds = (pattern) => {
    const match = pattern.exec(plain);
    if (!match) return null;
    const value = Number(match[1]);
    return match[2] === "ms" ? value / 1000 : value;
  };
  return {
    compileS: seconds(/Compiled successfully in ([\d.]+)(m?s)/),
    typecheckS: seconds(/Finished TypeScript in ([\d.]+)(m?s)/),
    prerenderS: seconds(/Generating static pages using \d+ workers? \(\d+\/\d+\) in ([\d.]+)(m?s)/),
  };
}

async function startServer(command, args, cwd, url) {
  const child = spawn(command, args, { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "ignore", detached: true });
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await fetch(url);
      if (response.ok) return child;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  process.kill(-child.pid);
  throw new Error(`${command} did not answer at ${url}`);
}

function stopServer(child) {
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
}

function measurePages(site) {
  const distDir = path.join(site, ".next");
  const routes = builtPageRoutes(distDir);
  const talkRoute = routes.find((route) => route.startsWith("/talks/"));
  const chunkClasses = classifyClientChunks(distDir);
  const pages = {};
  for (const [name, route] of [["home", "/"], ["index", "/talks"], ["talk", talkRoute]]) {
    pages[name] = { route, ...measureHtmlPage(builtHtmlPath(route, distDir), { staticRoot: distDir, chunkClasses }) };
  }
  return { pages, pageCount: routes.length };
}

function machine() {
  const cpus = os.cpus();
  const nextVersion = JSON.parse(fs.readFileSync(path.join(projectDir, "node_modules", "next", "package.json"), "utf8")).version;
  return {
    cores: cpus.length,
    cpu: cpus[0]?.model ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    next: nextVersion,
    platform: `${os.type()} ${os.release()}`,
  };
}

async function main() {
  const results = { date: new Date().toISOString(), machine: machine(), project: projectDir, sizes: [], load: null, lighthouse: null };
  log(`machine: ${results.machine.cores} cores, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}, Next ${results.machine.next}`);
  const { site, remove } = makeWorkCopy(projectDir, "talks-bench-");
  log(`work copy: ${site}`);
  const talksDirectory = path.join(site, "content", "talks");

  try {
    for (const size of sizes) {
      writeSyntheticTalks(talksDirectory, size);
      const runCount = options.runs ? Number(options.runs) : size <= 100 ? 3 : 2;
      const runs = [];
      for (let run = 1; run <= runCount; run++) {
        log(`N=${size}: build ${run}/${runCount}…`);
        const { wallMs, peakRssMb, phases } = await build(site);
        runs.push({ wallMs, peakRssMb, phases });
        log(`N=${size}: build ${run}/${runCount} took ${(wallMs / 1000).toFixed(1)} s, peak ${peakRssMb} MB (compile ${phases.compileS} s, types ${phases.typecheckS} s, prerender ${phases.prerenderS} s)`);
      }
      const walls = runs.map((run) => run.wallMs);
      const entry = {
        talks: size,
        runs,
        medianMs: median(walls),
        minMs: Math.min(...walls),
        maxMs: Math.max(...walls),
        peakRssMb: Math.max(...runs.map((run) => run.peakRssMb)),
        ...measurePages(site),
      };
      results.sizes.push(entry);
      log(`N=${size}: median ${(entry.medianMs / 1000).toFixed(1)} s; index HTML ${entry.pages.index.html.bytes} B`);

      const talkRoute = entry.pages.talk.route;
      if (size === lighthouseSize && !options["skip-lighthouse"] || size === loadSize && !options["skip-load"]) {
        const port = 3301;
        const server = await startServer(process.execPath, [nextBin(site), "start", "-H", "127.0.0.1", "-p", String(port)], site, `http://127.0.0.1:${port}/`);
        try {
          if (size === loadSize && !options["skip-load"]) {
            log(`N=${size}: load on ${talkRoute} from next start (10 s)…`);
            await runLoad(`http://127.0.0.1:${port}${talkRoute}`, { durationMs: 2000 });
            results.load = { talks: size, route: talkRoute, nextStart: await runLoad(`http://127.0.0.1:${port}${talkRoute}`) };
            log(`next start: ${results.load.nextStart.requestsPerSecond} req/s, p99 ${results.load.nextStart.p99Ms} ms, ${results.load.nextStart.errors} errors`);
          }
          if (size === lighthouseSize && !options["skip-lighthouse"]) {
            results.lighthouse = { talks: size, pages: {} };
            for (const [name, route] of [["home", "/"], ["index", "/talks"], ["talk", talkRoute]]) {
              const samples = [];
              for (let run = 1; run <= 3; run++) {
                log(`N=${size}: Lighthouse ${name} ${run}/3…`);
                samples.push(await runLighthouse(`http://127.0.0.1:${port}${route}`));
              }
              const medians = Object.fromEntries(Object.keys(samples[0]).map((key) => [key, median(samples.map((sample) => sample[key]))]));
              results.lighthouse.pages[name] = { route, median: medians, runs: samples };
              log(`Lighthouse ${name}: performance ${medians.performance}, LCP ${Math.round(medians.lcpMs)} ms, TBT ${Math.round(medians.tbtMs)} ms`);
            }
          }
        } finally {
          stopServer(server);
        }
      }

      if (size === loadSize && !options["skip-load"]) {
        log(`N=${size}: static export build…`);
        const exportBuild = await build(site, { STATIC_EXPORT: "1" });
        results.load.staticExportBuildMs = exportBuild.wallMs;
        const port = 3302;
        const sirv = path.join(site, "node_modules", ".bin", "sirv");
        const server = await startServer(sirv, ["out", "--host", "127.0.0.1", "--port", String(port), "--quiet", "--etag"], site, `http://127.0.0.1:${port}/`);
        try {
          log(`N=${size}: load on ${talkRoute} from a static file server over the export (10 s)…`);
          await runLoad(`http://127.0.0.1:${port}${talkRoute}`, { durationMs: 2000 });
          results.load.staticExport = await runLoad(`http://127.0.0.1:${port}${talkRoute}`);
          log(`static export (sirv): ${results.load.staticExport.requestsPerSecond} req/s, p99 ${results.load.staticExport.p99Ms} ms, ${results.load.staticExport.errors} errors`);
        } finally {
          stopServer(server);
        }
      }
    }

    const bySize = new Map(results.sizes.map((entry) => [entry.talks, entry]));
    const sorted = [...bySize.keys()].sort((a, b) => a - b);
    results.marginal = sorted.slice(1).map((size, index) => {
      const previous = sorted[index];
      return {
        from: previous,
        to: size,
        msPerTalk: Math.round(((bySize.get(size).medianMs - bySize.get(previous).medianMs) / (size - previous)) * 10) / 10,
      };
    });

    fs.mkdirSync(path.dirname(options.out), { recursive: true });
    fs.writeFileSync(`${options.out}.json`, `${JSON.stringify(results, null, 2)}\n`);
    fs.writeFileSync(`${options.out}.md`, renderMarkdown(results));
    log(`wrote ${options.out}.json and ${options.out}.md`);
  } finally {
    remove();
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function renderMarkdown(results) {
  const { machine: m } = results;
  const lines = [
    "# Benchmark results",
    "",
    `Measured by \`npm run bench\` on ${results.date.slice(0, 10)}: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}, Next.js ${m.next}, ${m.platform}.`,
    "Each build is cold (no .next/), of a temporary copy of the project holding N synthetic talks.",
    "",
    "## Build",
    "",
    "| talks | runs | median | range | peak memory (process tree) | pages |",
    "|---:|---:|---:|---|---:|---:|",
    ...results.sizes.map(
      (entry) => `| ${entry.talks} | ${entry.runs.length} | ${seconds(entry.medianMs)} | ${seconds(entry.minMs)} to ${seconds(entry.maxMs)} | ${entry.peakRssMb} MB | ${entry.pageCount} |`,
    ),
    "",
    ...results.marginal.map((step) => `Marginal cost from ${step.from} to ${step.to} talks: ${step.msPerTalk} ms a talk.`),
    "",
    "## Page weight",
    "",
    "JavaScript counts the scripts a modern browser loads (not the `nomodule` polyfills); \"site\" is the site's own client code, the rest is Next.js and React.",
    "",
    "| talks | page | HTML | HTML gzip | JS files | JS | JS gzip | site JS gzip | CSS | CSS gzip |",
    "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...results.sizes.flatMap((entry) =>
      Object.entries(entry.pages).map(
        ([name, page]) =>
          `| ${entry.talks} | ${name} (\`${page.route.length > 40 ? `${page.route.slice(0, 37)}…` : page.route}\`) | ${kb(page.html.bytes)} | ${kb(page.html.gzip)} | ${page.js.files} | ${kb(page.js.bytes)} | ${kb(page.js.gzip)} | ${page.siteJs.gzip} B | ${kb(page.css.bytes)} | ${kb(page.css.gzip)} |`,
      ),
    ),
    "",
  ];
  if (results.load) {
    const { load } = results;
    lines.push(
      "## Serving a talk page under load",
      "",
      `${load.nextStart.connections} keep-alive connections for ${seconds(load.nextStart.durationMs)} on 127.0.0.1, against \`${load.route}\` at ${load.talks} talks. The load generator shares the machine's cores with the server.`,
      "",
      "| server | requests/s | p50 | p99 | errors |",
      "|---|---:|---:|---:|---:|",
      `| \`next start\` | ${load.nextStart.requestsPerSecond} | ${load.nextStart.p50Ms} ms | ${load.nextStart.p99Ms} ms | ${load.nextStart.errors} |`,
      ...(load.staticExport
        ? [`| static export (\`output: "export"\`) on sirv | ${load.staticExport.requestsPerSecond} | ${load.staticExport.p50Ms} ms | ${load.staticExport.p99Ms} ms | ${load.staticExport.errors} |`]
        : []),
      "",
    );
  }
  if (results.lighthouse) {
    lines.push(
      "## Lighthouse (mobile defaults, median of 3 runs)",
      "",
      `At ${results.lighthouse.talks} talks, served by \`next start\`.`,
      "",
      "| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |",
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
      ...Object.entries(results.lighthouse.pages).map(
        ([name, { median: md }]) =>
          `| ${name} | ${Math.round(md.performance * 100)} | ${Math.round(md.accessibility * 100)} | ${Math.round(md.bestPractices * 100)} | ${Math.round(md.seo * 100)} | ${Math.round(md.fcpMs)} ms | ${Math.round(md.lcpMs)} ms | ${Math.round(md.tbtMs)} ms | ${md.cls} |`,
      ),
      "",
    );
  }
  return `${lines.join("\n")}\n`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
