// npm run bench [-- --sizes 10,100,1000 --runs N --skip-lighthouse --skip-load --skip-search
//                  --lighthouse-size 100 --lighthouse-runs 3 --load-size 100 --search-sizes 10,100,1000
//                  --project DIR --out bench/results]
//
// Compares, in one run, the export as `next build` writes it (stock: Next.js and React's
// client runtime included) with what the site ships (after scripts/build/remove-client-runtime.mjs).
// For each size N it fills a temporary copy of the project with N synthetic talks (content/
// is never touched), then, per build run: a cold `next build` (timed), out/ copied to
// out-stock/, and the removal step run on out/ as `npm run build` runs it (timed apart).
// It then weighs the home page, the index and a talk page in both folders; at one size it
// serves both folders with `serve` (the shipped one with `npm start` itself) for a bounded
// loopback load and Lighthouse. Last, the site's search (bench/search.mts) on the built export,
// at 10, 100 and 1000 synthetic talks with decks and transcripts. Writes bench/results.json and
// bench/results.md.
// Takes about 6 minutes at the default sizes on 2 cores; not part of npm test.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import zlib from "node:zlib";

import { runLighthouse } from "./lighthouse-runner.mjs";
import { runLoad } from "./load.mjs";
import { renderMarkdown } from "./report.mjs";
import {
  freePort,
  startServer,
  STOCK_DIR,
  stockStartScript,
  stopAllServers,
  stopServer,
  writeStockServeConfig,
} from "./servers.mjs";
import { writeSyntheticTalks } from "./synthetic-talks.mjs";
import chromium from "../testing/browser/chromium.cjs";
import { builtHtmlPath, builtPageRoutes, listFiles, measureHtmlPage, pageAssets } from "../testing/built-output.mjs";
import { median } from "../testing/lighthouse/lighthouse.mjs";
import { makeWorkCopy } from "../testing/work-copy.mjs";

const DEFAULT_SIZES = "10,100,1000";

const { values: options } = parseArgs({
  options: {
    sizes: { type: "string", default: DEFAULT_SIZES },
    project: { type: "string", default: process.cwd() },
    out: { type: "string", default: "bench/results" },
    "load-size": { type: "string", default: "100" },
    "lighthouse-size": { type: "string", default: "100" },
    "lighthouse-runs": { type: "string", default: "3" },
    "skip-lighthouse": { type: "boolean", default: false },
    "skip-load": { type: "boolean", default: false },
    "skip-search": { type: "boolean", default: false },
    "search-sizes": { type: "string", default: "10,100,1000" },
    runs: { type: "string" },
  },
});

const sizes = options.sizes
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
if (sizes.length === 0) throw new Error(`--sizes ${options.sizes}: expected talk counts such as 10,100`);
const projectDir = path.resolve(options.project);
const lighthouseRuns = Math.max(1, Number(options["lighthouse-runs"]));
const started = Date.now();

/** The size among those measured closest to the one asked for (`--sizes 10` still runs Lighthouse, at 10). */
const nearestSize = (wanted) =>
  sizes.reduce((best, size) => (Math.abs(size - wanted) < Math.abs(best - wanted) ? size : best));
const lighthouseSize = options["skip-lighthouse"] ? null : nearestSize(Number(options["lighthouse-size"]));
const loadSize = options["skip-load"] ? null : nearestSize(Number(options["load-size"]));

/** Builds at small sizes vary most and cost least: 2 runs up to 100 talks, 1 above. */
const buildRunCount = (size) => (options.runs ? Math.max(1, Number(options.runs)) : size <= 100 ? 2 : 1);

const VARIANTS = ["stock", "shipped"];
/** One page of each kind the site has (a deck's slides page needs a PDF: the test gate measures its fixture). */
const PAGES = ["home", "index", "talk", "about", "topics", "topic"];

function log(message) {
  const seconds = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  console.log(`[bench ${seconds}s] ${message}`);
}

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

/** Runs a command to its end: wall time, output, and the peak memory of its process tree. */
function run(command, args, { cwd, what }) {
  return new Promise((resolve, reject) => {
    const startedAt = process.hrtime.bigint();
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let output = "";
    child.stdout.on("data", (chunk) => ((stdout += chunk), (output += chunk)));
    child.stderr.on("data", (chunk) => (output += chunk));
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 200);
    child.on("exit", (code) => {
      clearInterval(sampler);
      const wallMs = Number(process.hrtime.bigint() - startedAt) / 1e6;
      if (code !== 0) reject(new Error(`${what} failed (${code}):\n${output.slice(-3000)}`));
      else resolve({ wallMs: Math.round(wallMs), peakRssMb: Math.round(peak / 1024 / 1024), stdout, output });
    });
  });
}

/** The phases next build reports, in seconds: compile and prerendering. */
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
    prerenderS: seconds(/Generating static pages using \d+ workers? \(\d+\/\d+\) in ([\d.]+)(m?s)/),
  };
}

/**
 * One build as `npm run build` does it, in its two steps, with the stock export kept between:
 * a cold `next build`, out/ copied to out-stock/, then the removal step in its own Node
 * process (what the build script pays: start-up and imports included).
 */
async function buildOnce(site) {
  for (const folder of [".next", "out", STOCK_DIR])
    fs.rmSync(path.join(site, folder), { recursive: true, force: true });
  const nextBuild = await run(
    process.execPath,
    [path.join(site, "node_modules", "next", "dist", "bin", "next"), "build"],
    { cwd: site, what: "next build" },
  );
  fs.cpSync(path.join(site, "out"), path.join(site, STOCK_DIR), { recursive: true });
  const removal = await run(
    process.execPath,
    [
      "--input-type=module",
      "--eval",
      'import { removeClientRuntime } from "./scripts/build/remove-client-runtime.mjs"; console.log(JSON.stringify(removeClientRuntime("out")));',
    ],
    { cwd: site, what: "remove-client-runtime" },
  );
  const step = JSON.parse(removal.stdout.trim().split("\n").at(-1));
  return {
    nextBuildMs: nextBuild.wallMs,
    peakRssMb: nextBuild.peakRssMb,
    phases: buildPhases(nextBuild.output),
    removeRuntime: { wallMs: removal.wallMs, ...step, milliseconds: Math.round(step.milliseconds) },
    totalMs: nextBuild.wallMs + removal.wallMs,
  };
}

/** The talk page to measure: the first whose source has a YouTube recording (the player's page), else the first. */
function pickTalkRoute(site, routes) {
  const talks = routes.filter((route) => /^\/talks\/[^/]+$/.test(route) && route !== "/talks/tags");
  const withRecording = talks.find((route) => {
    const source = path.join(site, "content", "talks", `${route.slice("/talks/".length)}.mdx`);
    return fs.existsSync(source) && /recording:\s*https:\/\/www\.youtube\.com\//.test(fs.readFileSync(source, "utf8"));
  });
  const route = withRecording ?? talks[0];
  if (!route) throw new Error("no talk page in the export");
  return route;
}

/** Brotli sizes by file, for the files pages share (the stylesheet, the runtime's chunks); emptied for each size's build. */
const brotliSizes = new Map();

function brotliSize(file) {
  if (!brotliSizes.has(file)) {
    const buffer = fs.readFileSync(file);
    const params = {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
    };
    brotliSizes.set(file, zlib.brotliCompressSync(buffer, { params }).length);
  }
  return brotliSizes.get(file);
}

/**
 * What one page costs on the wire: measureHtmlPage's figures (HTML, CSS, JS, raw and gzip -9;
 * the site's definition, as the budgets test reads it), with brotli (quality 11) of the same
 * files, and a total of HTML + CSS + JS. Scripts only preloaded, never loaded, are counted
 * apart (the stock pages preload the scripts they also load).
 */
function weighPage(root, route) {
  const htmlFile = builtHtmlPath(route, root);
  const measured = measureHtmlPage(htmlFile, { root });
  const { scripts, stylesheets, scriptPreloads } = pageAssets(fs.readFileSync(htmlFile, "utf8"));
  const fileOf = (url) => path.join(root, decodeURIComponent(url.split("?")[0]));
  const brotli = (urls) => [...new Set(urls)].reduce((total, url) => total + brotliSize(fileOf(url)), 0);
  const scriptUrls = scripts.map((script) => script.src);
  const weight = {
    html: { ...measured.html, brotli: brotliSize(htmlFile) },
    css: { ...measured.css, brotli: brotli(stylesheets) },
    js: { ...measured.js, brotli: brotli(scriptUrls) },
    frameworkJs: { ...measured.frameworkJs, brotli: brotli(scriptUrls.filter((url) => url.startsWith("/_next/"))) },
    siteJs: { ...measured.siteJs, brotli: brotli(scriptUrls.filter((url) => url.startsWith("/islands/"))) },
    preloadedOnly: [...new Set(scriptPreloads)].filter((url) => !scriptUrls.includes(url)).length,
  };
  weight.total = Object.fromEntries(
    ["bytes", "gzip", "brotli"].map((key) => [key, weight.html[key] + weight.css[key] + weight.js[key]]),
  );
  return weight;
}

/** Files and bytes of a whole export folder: what a deploy uploads. */
function folderSize(root) {
  const files = listFiles(root);
  return {
    files: files.length,
    bytes: files.reduce((total, file) => total + fs.statSync(path.join(root, file)).size, 0),
  };
}

function measureVariants(site) {
  brotliSizes.clear();
  const roots = { stock: path.join(site, STOCK_DIR), shipped: path.join(site, "out") };
  const routes = builtPageRoutes(roots.shipped);
  const topic = routes.filter((route) => route.startsWith("/talks/tags/")).sort()[0];
  if (!topic) throw new Error("bench: the export has no topic page");
  const routeOf = {
    home: "/",
    index: "/talks",
    talk: pickTalkRoute(site, routes),
    about: "/about",
    topics: "/talks/tags",
    topic,
  };
  const pages = Object.fromEntries(
    PAGES.map((name) => [
      name,
      {
        route: routeOf[name],
        ...Object.fromEntries(VARIANTS.map((variant) => [variant, weighPage(roots[variant], routeOf[name])])),
      },
    ]),
  );
  return {
    pageCount: routes.length,
    pages,
    exportSize: Object.fromEntries(VARIANTS.map((variant) => [variant, folderSize(roots[variant])])),
  };
}

/**
 * Both servers, on free ports: the stock export, and `npm start` over the shipped one.
 * `origin(variant)` starts a server again if it stopped (another process on the machine
 * may end it), and each restart is logged and kept in the results.
 */
async function startBothServers(site) {
  const stockPolicy = writeStockServeConfig(site);
  const startScript = JSON.parse(fs.readFileSync(path.join(site, "package.json"), "utf8")).scripts.start;
  const servers = {};
  const restarts = [];
  const startVariant = async (variant) => {
    const port = await freePort();
    const listen = `-l tcp://127.0.0.1:${port}`;
    const command =
      variant === "shipped" ? `npm start --silent -- ${listen}` : `${stockStartScript(startScript)} ${listen}`;
    const origin = `http://127.0.0.1:${port}`;
    servers[variant] = { origin, command, child: await startServer(command, { cwd: site, url: `${origin}/` }) };
  };
  const stop = () => Object.values(servers).forEach((server) => stopServer(server.child));
  try {
    for (const variant of VARIANTS) await startVariant(variant);
  } catch (error) {
    stop();
    throw error;
  }
  const origin = async (variant) => {
    const { child } = servers[variant];
    if (child.exitCode !== null || child.signalCode !== null) {
      log(`warning: the ${variant} server had stopped; starting it again`);
      restarts.push({ variant, atS: Math.round((Date.now() - started) / 1000) });
      await startVariant(variant);
    }
    return servers[variant].origin;
  };
  return { servers, origin, restarts, stockPolicy, stop };
}

async function measureLoad({ servers, origin }, route, size) {
  const load = { talks: size, route };
  for (const variant of ["shipped", "stock"]) {
    const url = `${await origin(variant)}${route}`;
    log(`N=${size}: load on ${route}, ${variant} (2 s warm-up, then 10 s)…`);
    await runLoad(url, { durationMs: 2000 });
    load[variant] = { server: servers[variant].command, ...(await runLoad(url)) };
    const figures = load[variant];
    log(
      `${variant}: ${figures.requestsPerSecond} req/s, p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms, ${figures.bytesPerResponse} B a response, ${figures.errors} errors`,
    );
  }
  return load;
}

/** One Lighthouse run of a page, tried once more (its server started again if it had stopped) when it fails. */
async function lighthouseSample(origin, variant, route) {
  for (let attempt = 1; ; attempt++) {
    const url = `${await origin(variant)}${route}`;
    try {
      return await runLighthouse(url);
    } catch (error) {
      if (attempt === 2) throw error;
      log(`warning: ${error instanceof Error ? error.message : error}; trying once more`);
    }
  }
}

async function measureLighthouse({ origin, stockPolicy }, pages, size) {
  const lighthouse = { talks: size, runsPerPage: lighthouseRuns, stockPolicy, pages: {} };
  const samples = Object.fromEntries(PAGES.map((name) => [name, { stock: [], shipped: [] }]));
  // Rounds of every page in both variants, alternating, so that a slow spell of the
  // machine falls on both variants rather than on one.
  for (let round = 1; round <= lighthouseRuns; round++) {
    for (const name of PAGES) {
      for (const variant of round % 2 ? VARIANTS : [...VARIANTS].reverse()) {
        log(`N=${size}: Lighthouse ${name} ${variant} ${round}/${lighthouseRuns}…`);
        samples[name][variant].push(await lighthouseSample(origin, variant, pages[name].route));
      }
    }
  }
  for (const name of PAGES) {
    lighthouse.pages[name] = { route: pages[name].route };
    for (const variant of VARIANTS) {
      const runs = samples[name][variant];
      const figuresOf = (pick) =>
        Object.fromEntries(
          Object.keys(pick(runs[0]))
            .filter((key) => typeof pick(runs[0])[key] === "number")
            .map((key) => {
              const values = runs.map((sample) => pick(sample)[key]);
              return [key, { median: median(values), min: Math.min(...values), max: Math.max(...values) }];
            }),
        );
      const medians = Object.fromEntries(
        Object.entries(figuresOf((sample) => sample)).map(([key, figure]) => [key, figure.median]),
      );
      // Raw (Lighthouse's default 4x of this host) and calibrated (the gate's phone), with ranges.
      lighthouse.pages[name][variant] = {
        median: medians,
        raw: figuresOf((sample) => sample),
        calibrated: figuresOf((sample) => sample.calibrated),
        runs,
      };
      log(
        `Lighthouse ${name} ${variant}: performance ${medians.performance}, LCP ${Math.round(medians.lcpMs)} ms, TBT ${Math.round(medians.tbtMs)} ms, ` +
          `${Math.round(medians.transferBytes / 1024)} KB transferred, script evaluation ${Math.round(medians.scriptEvaluationMs)} ms; ` +
          `calibrated (benchmarkIndex ${Math.round(medians.benchmarkIndex)}): performance ${lighthouse.pages[name][variant].calibrated.performance.median}, ` +
          `TBT ${Math.round(lighthouse.pages[name][variant].calibrated.tbtMs.median)} ms`,
      );
      const errors = Math.max(...runs.map((sample) => sample.consoleErrors));
      if (errors > 0)
        log(`warning: Lighthouse saw ${errors} console errors on ${name} (${variant}): a CSP violation would be one`);
    }
  }
  return lighthouse;
}

function packageVersion(name) {
  try {
    return JSON.parse(fs.readFileSync(path.join(projectDir, "node_modules", name, "package.json"), "utf8")).version;
  } catch {
    return null;
  }
}

async function chromiumVersion() {
  const chromePath = chromium.findChromium().path;
  if (!chromePath) return null;
  try {
    const { stdout } = await run(chromePath, ["--version"], { cwd: projectDir, what: "chromium --version" });
    return stdout.trim();
  } catch {
    return null;
  }
}

async function machine() {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpu: cpus[0]?.model ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    platform: `${os.type()} ${os.release()}`,
    node: process.version,
    next: packageVersion("next"),
    react: packageVersion("react"),
    serve: packageVersion("serve-handler"),
    lighthouse: packageVersion("lighthouse"),
    chromium: options["skip-lighthouse"] ? null : await chromiumVersion(),
    // Other work on the machine skews every figure: the 1-minute load average when the
    // run started and when it ended (0 is quiet; 2 means both cores were busy).
    loadAverageAtStart: Math.round(os.loadavg()[0] * 100) / 100,
  };
}

/** One size of site: its builds (medians, the removal step's share), its pages' bytes, and, at the sizes chosen, load and Lighthouse. */
async function measureSize(site, size, results) {
  const talksDirectory = path.join(site, "content", "talks");
  writeSyntheticTalks(talksDirectory, size);
  const runCount = buildRunCount(size);
  const runs = [];
  for (let index = 1; index <= runCount; index++) {
    log(`N=${size}: build ${index}/${runCount}…`);
    const build = await buildOnce(site);
    runs.push(build);
    const step = build.removeRuntime;
    log(
      `N=${size}: next build ${(build.nextBuildMs / 1000).toFixed(1)} s (compile ${build.phases.compileS} s, prerender ${build.phases.prerenderS} s, peak ${build.peakRssMb} MB); ` +
        `remove-client-runtime ${step.wallMs} ms (${step.milliseconds} ms of work on ${step.pages} pages, ${step.elementsRemoved} elements, ${step.filesRemoved} files)`,
    );
  }
  const entry = {
    talks: size,
    runs,
    median: {
      nextBuildMs: median(runs.map((build) => build.nextBuildMs)),
      removeWallMs: median(runs.map((build) => build.removeRuntime.wallMs)),
      removeMs: median(runs.map((build) => build.removeRuntime.milliseconds)),
      totalMs: median(runs.map((build) => build.totalMs)),
    },
    minTotalMs: Math.min(...runs.map((build) => build.totalMs)),
    maxTotalMs: Math.max(...runs.map((build) => build.totalMs)),
    peakRssMb: Math.max(...runs.map((build) => build.peakRssMb)),
    htmlPagesProcessed: runs[0].removeRuntime.pages,
    ...measureVariants(site),
  };
  entry.removeMsPerPage = Math.round((entry.median.removeMs / entry.htmlPagesProcessed) * 100) / 100;
  entry.removeWallMsPerPage = Math.round((entry.median.removeWallMs / entry.htmlPagesProcessed) * 100) / 100;
  results.sizes.push(entry);
  const { talk } = entry.pages;
  log(
    `N=${size}: build median ${(entry.median.totalMs / 1000).toFixed(1)} s, of which removal ${entry.median.removeWallMs} ms (${entry.removeMsPerPage} ms a page); ` +
      `talk page ${talk.route}: ${talk.stock.total.gzip} B gzip stock, ${talk.shipped.total.gzip} B shipped`,
  );

  if (size === lighthouseSize || size === loadSize) {
    const servers = await startBothServers(site);
    try {
      if (size === loadSize) results.load = await measureLoad(servers, talk.route, size);
      if (size === lighthouseSize) results.lighthouse = await measureLighthouse(servers, entry.pages, size);
    } finally {
      servers.stop();
    }
    if (servers.restarts.length > 0)
      results.serverRestarts = [
        ...(results.serverRestarts ?? []),
        ...servers.restarts.map((restart) => ({ talks: size, ...restart })),
      ];
  }
}

/** What each talk more costs between two measured sizes, in build time and in the removal step. */
function marginalCosts(entries) {
  const bySize = new Map(entries.map((entry) => [entry.talks, entry]));
  const sorted = [...bySize.keys()].sort((a, b) => a - b);
  return sorted.slice(1).map((size, index) => {
    const previous = sorted[index];
    const perTalk = (key) =>
      Math.round(((bySize.get(size).median[key] - bySize.get(previous).median[key]) / (size - previous)) * 10) / 10;
    return { from: previous, to: size, msPerTalk: perTalk("totalMs"), removeMsPerTalk: perTalk("removeWallMs") };
  });
}

async function main() {
  const results = {
    date: new Date().toISOString(),
    machine: await machine(),
    project: projectDir,
    settings: {
      sizes,
      defaultSizes: options.sizes === DEFAULT_SIZES,
      lighthouseSize,
      lighthouseRuns,
      loadSize,
      buildRuns: Object.fromEntries(sizes.map((size) => [size, buildRunCount(size)])),
    },
    sizes: [],
    load: null,
    lighthouse: null,
  };
  const { machine: m } = results;
  log(
    `machine: ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, Next ${m.next}, serve-handler ${m.serve}, load average ${m.loadAverageAtStart}`,
  );
  if (m.loadAverageAtStart > 0.5)
    log(`warning: the machine is busy (load average ${m.loadAverageAtStart}); timings will be slower and noisier`);
  const { site, remove } = makeWorkCopy(projectDir, "talks-bench-");
  const interrupt = (signal) => {
    stopAllServers();
    remove();
    console.error(`bench: stopped by ${signal}`);
    process.exit(130);
  };
  process.once("SIGINT", interrupt);
  process.once("SIGTERM", interrupt);
  log(`work copy: ${site}`);

  try {
    for (const size of sizes) await measureSize(site, size, results);
    if (!options["skip-search"]) {
      log(`search: ${options["search-sizes"]} synthetic talks with decks and transcripts, on the built /search page…`);
      const search = await run(
        path.join(projectDir, "node_modules", ".bin", "tsx"),
        ["bench/search.mts", "--site", path.join(site, "out"), "--sizes", options["search-sizes"], "--json"],
        { cwd: projectDir, what: "the search bench" },
      );
      results.search = JSON.parse(search.stdout.trim().split("\n").at(-1));
      log(`search:\n${results.search.table}`);
    }
    results.marginal = marginalCosts(results.sizes);
    results.machine.loadAverageAtEnd = Math.round(os.loadavg()[0] * 100) / 100;
    results.durationS = Math.round((Date.now() - started) / 1000);

    fs.mkdirSync(path.dirname(path.resolve(options.out)), { recursive: true });
    fs.writeFileSync(`${options.out}.json`, `${JSON.stringify(results, null, 2)}\n`);
    fs.writeFileSync(`${options.out}.md`, renderMarkdown(results));
    log(`wrote ${options.out}.json and ${options.out}.md in ${results.durationS} s`);
  } finally {
    stopAllServers();
    remove();
  }
}

main().catch((error) => {
  stopAllServers();
  console.error(error);
  process.exit(1);
});
