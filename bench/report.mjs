// bench/results.md from the figures bench/run.mjs gathered (bench/results.json).

const kb = (bytes) => (bytes === null || bytes === undefined ? "n/a" : `${(bytes / 1024).toFixed(1)} KB`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const ms = (value) => (value === null || value === undefined ? "n/a" : `${Math.round(value)} ms`);
const score = (value) => (value === null || value === undefined ? "n/a" : String(Math.round(value * 100)));
const saved = (before, after) => (before ? `${Math.round((1 - after / before) * 100)}%` : "n/a");
const shortRoute = (route) => (route.length > 32 ? `${route.slice(0, 29)}…` : route);

function header(results) {
  const { machine: m, settings } = results;
  const lines = [
    "# Benchmark results",
    "",
    `Measured by \`npm run bench\` on ${results.date.slice(0, 10)} in ${Math.round(results.durationS / 60)} min: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, ${m.platform}; ` +
      `Node ${m.node}, Next.js ${m.next}, React ${m.react}, serve-handler ${m.serve}, Lighthouse ${m.lighthouse}${m.chromium ? `, ${m.chromium}` : ""}. ` +
      `Load average ${m.loadAverageAtStart} at the start, ${m.loadAverageAtEnd} at the end (0 is a quiet machine).`,
  ];
  if (results.serverRestarts?.length) {
    lines.push(
      "",
      `A server stopped during the run and was started again: ${results.serverRestarts.map((restart) => `${restart.variant} at ${restart.atS} s`).join(", ")}.`,
    );
  }
  if (!settings.defaultSizes) {
    lines.push(
      "",
      `**A partial run** (sizes ${settings.sizes.join(", ")}), not the full benchmark: \`npm run bench\` measures 10, 100 and 1000 talks.`,
    );
  }
  lines.push(
    "",
    "Two variants of the same build, side by side:",
    "",
    '- **stock**: the static export as `next build` writes it (`output: "export"`), with Next.js and React\'s client runtime (its scripts, the inline RSC payload, the RSC `.txt` files);',
    "- **shipped**: what `npm run build` ships, the same export after `scripts/build/remove-client-runtime.mjs`: HTML, CSS and the site's own islands (`/islands/*.js`).",
    "",
    "Each size is a temporary copy of the project holding N synthetic talks (bench/synthetic-talks.mjs).",
  );
  return lines;
}

function buildSection(results) {
  const lines = [
    "## Build",
    "",
    'Each run is cold (no `.next/`, no `out/`). `next build` is timed alone, then the removal step as `npm run build` runs it, in its own Node process (start-up and imports included); "work" is the step\'s own figure (`milliseconds`), per HTML page it rewrote.',
    "",
    "| talks | pages (HTML, 404 aside) | runs | `next build` | removal step | of which work | work per page | build total | range | peak memory (`next build`) |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|",
    ...results.sizes.map(
      (entry) =>
        `| ${entry.talks} | ${entry.pageCount} | ${entry.runs.length} | ${seconds(entry.median.nextBuildMs)} | ${ms(entry.median.removeWallMs)} | ${ms(entry.median.removeMs)} | ` +
        `${entry.removeMsPerPage} ms | ${seconds(entry.median.totalMs)} | ${entry.runs.length > 1 ? `${seconds(entry.minTotalMs)} to ${seconds(entry.maxTotalMs)}` : "one run"} | ${entry.peakRssMb} MB |`,
    ),
    "",
    "Medians of the runs. The removal step's share of the build:",
    "",
    ...results.sizes.map(
      (entry) =>
        `- ${entry.talks} talks: ${Math.round((entry.median.removeWallMs / entry.median.totalMs) * 1000) / 10}% of the build; it removed ${entry.runs[0].removeRuntime.elementsRemoved} scripts and preloads and ${entry.runs[0].removeRuntime.filesRemoved} files, ` +
        `HTML ${kb(entry.runs[0].removeRuntime.htmlBytesBefore)} → ${kb(entry.runs[0].removeRuntime.htmlBytesAfter)}; the export went from ${entry.exportSize.stock.files} files (${kb(entry.exportSize.stock.bytes)}) to ${entry.exportSize.shipped.files} (${kb(entry.exportSize.shipped.bytes)}).`,
    ),
    "",
    ...results.marginal.map(
      (step) =>
        `Marginal cost from ${step.from} to ${step.to} talks: ${step.msPerTalk} ms a talk for the whole build, ${step.removeMsPerTalk} ms of it in the removal step.`,
    ),
    "",
  ];
  return lines;
}

function weightSection(results) {
  const rows = results.sizes.flatMap((entry) =>
    Object.entries(entry.pages).map(([name, page]) => ({ talks: entry.talks, name, page })),
  );
  return [
    "## Bytes on the wire",
    "",
    "What a first visit to the page downloads: its HTML and the stylesheets and scripts it loads (JSON-LD and the RSC payload are part of the HTML), each file compressed on its own, gzip -9 and brotli -11 (what a host that precompresses sends; `npm start` compresses on the fly (the `compression` package), brotli at quality 4 when the browser accepts it, else gzip -6, and so sends a little more). Scripts a stock page fetches later (the router's prefetches of other pages' RSC data) are not here: see Lighthouse's transfer size below.",
    "",
    "| talks | page | stock gzip | shipped gzip | saved | stock brotli | shipped brotli | saved |",
    "|---:|---|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      ({ talks, name, page }) =>
        `| ${talks} | ${name} (\`${shortRoute(page.route)}\`) | ${kb(page.stock.total.gzip)} | ${kb(page.shipped.total.gzip)} | ${saved(page.stock.total.gzip, page.shipped.total.gzip)} | ` +
        `${kb(page.stock.total.brotli)} | ${kb(page.shipped.total.brotli)} | ${saved(page.stock.total.brotli, page.shipped.total.brotli)} |`,
    ),
    "",
    "In detail (gzip; JS files: framework under `/_next/` + site islands under `/islands/`):",
    "",
    "| talks | page | variant | HTML | HTML gzip | CSS gzip | JS files | framework JS gzip | site JS gzip | total raw | total gzip |",
    "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.flatMap(({ talks, name, page }) =>
      ["stock", "shipped"].map((variant) => {
        const weight = page[variant];
        return (
          `| ${talks} | ${name} | ${variant} | ${kb(weight.html.bytes)} | ${kb(weight.html.gzip)} | ${kb(weight.css.gzip)} | ${weight.frameworkJs.files} + ${weight.siteJs.files} | ` +
          `${kb(weight.frameworkJs.gzip)} | ${weight.siteJs.gzip} B | ${kb(weight.total.bytes)} | ${kb(weight.total.gzip)} |`
        );
      }),
    ),
    "",
  ];
}

function loadSection(load) {
  const variants = ["stock", "shipped"].filter((variant) => load[variant]);
  const first = load[variants[0]];
  return [
    "## Serving a talk page under load",
    "",
    `${first.connections} keep-alive connections on 127.0.0.1 against \`${load.route}\` at ${load.talks} talks, each for ${seconds(first.durationMs)} after a 2 s warm-up, ` +
      "asking for `br, gzip` as a browser does; both served by `npm start`'s server (scripts/serving/static-server.mjs; the shipped export by `npm start` itself). " +
      "The load generator shares the machine's cores with the server. The page only: its CSS and scripts are cached after a first visit.",
    "",
    "| variant | requests/s | p50 | p99 | errors | bytes a response | encoding |",
    "|---|---:|---:|---:|---:|---:|---|",
    ...variants.map((variant) => {
      const figures = load[variant];
      const encodings = Object.entries(figures.encodings).map(([name, count]) =>
        Object.keys(figures.encodings).length > 1 ? `${name} ${count}` : name,
      );
      return `| ${variant} | ${figures.requestsPerSecond} | ${figures.p50Ms} ms | ${figures.p99Ms} ms | ${figures.errors} | ${figures.bytesPerResponse} B | ${encodings.join(", ")} |`;
    }),
    "",
  ];
}

function lighthouseSection(lighthouse) {
  const pages = Object.entries(lighthouse.pages);
  const both = (page, read) => `${read(page.stock.median)} | ${read(page.shipped.median)}`;
  return [
    `## Lighthouse (mobile defaults, median of ${lighthouse.runsPerPage} runs)`,
    "",
    `At ${lighthouse.talks} talks, the two variants alternating run by run. The shipped export is served by \`npm start\` with the site's serve.json. ` +
      "The stock one is served with the same headers but the CSP the site sent while it shipped the runtime, so that Next.js's inline scripts run: " +
      `\`script-src 'self' 'unsafe-inline'\`, \`style-src 'self' 'unsafe-inline'\` and no Trusted Types (the whole policy: \`${lighthouse.stockPolicy}\`). ` +
      "Script evaluation is Lighthouse's main-thread time for it; console errors would include CSP violations.",
    "",
    "| page | performance stock | shipped | LCP stock | shipped | TBT stock | shipped | transferred stock | shipped | script evaluation stock | shipped |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...pages.map(
      ([name, page]) =>
        `| ${name} | ${both(page, (md) => score(md.performance))} | ${both(page, (md) => ms(md.lcpMs))} | ${both(page, (md) => ms(md.tbtMs))} | ` +
        `${both(page, (md) => kb(md.transferBytes))} | ${both(page, (md) => ms(md.scriptEvaluationMs))} |`,
    ),
    "",
    "| page | variant | FCP | speed index | CLS | requests (scripts) | accessibility | best practices | SEO | console errors (max) | performance, every run |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ...pages.flatMap(([name, page]) =>
      ["stock", "shipped"].map((variant) => {
        const { median: md, runs } = page[variant];
        return (
          `| ${name} | ${variant} | ${ms(md.fcpMs)} | ${ms(md.speedIndexMs)} | ${md.cls} | ${md.requests} (${md.scriptRequests}) | ${score(md.accessibility)} | ${score(md.bestPractices)} | ${score(md.seo)} | ` +
          `${Math.max(...runs.map((sample) => sample.consoleErrors))} | ${runs.map((sample) => score(sample.performance)).join(", ")} |`
        );
      }),
    ),
    "",
    ...calibratedSection(lighthouse),
  ];
}

/** The same runs on the phone the test gate asserts: the slowdown calibrated from each run's benchmarkIndex. */
function calibratedSection(lighthouse) {
  const pages = Object.entries(lighthouse.pages).filter(([, page]) => page.shipped.calibrated);
  if (pages.length === 0) return [];
  const spread = (figure, format) => `${format(figure.median)} (${format(figure.min)}–${format(figure.max)})`;
  return [
    "### Raw and calibrated, shipped pages (median, and range, of the runs)",
    "",
    "Raw is Lighthouse's default phone: the host's observed main-thread times times 4, so it is faster on a fast host. " +
      "Calibrated is the phone of `npm run test:lighthouse`: the slowdown from each run's own benchmarkIndex (testing/lighthouse/lighthouse.mjs), the same phone on any host.",
    "",
    "| page | benchmarkIndex | CPU slowdown | performance raw | calibrated | TBT raw | calibrated | LCP raw | calibrated |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...pages.map(([name, page]) => {
      const { raw, calibrated } = page.shipped;
      return (
        `| ${name} | ${spread(raw.benchmarkIndex, (v) => Math.round(v))} | ${spread(calibrated.cpuMultiplier, (v) => `${v.toFixed(1)}x`)} | ` +
        `${spread(raw.performance, score)} | ${spread(calibrated.performance, score)} | ${spread(raw.tbtMs, ms)} | ${spread(calibrated.tbtMs, ms)} | ` +
        `${spread(raw.lcpMs, ms)} | ${spread(calibrated.lcpMs, ms)} |`
      );
    }),
    "",
  ];
}

function searchSection(search) {
  return [
    "## Search (synthetic talks, each with a 30-slide deck and a 60-passage transcript)",
    "",
    "What a first search downloads on /search (the island and Pagefind's files, compressed as served; KB by kind), and the time from the keystroke to the first results on the page, cold and on the next query (medians).",
    "",
    search.table,
    "",
  ];
}

export function renderMarkdown(results) {
  const lines = [...header(results), "", ...buildSection(results), ...weightSection(results)];
  if (results.load) lines.push(...loadSection(results.load));
  if (results.lighthouse) lines.push(...lighthouseSection(results.lighthouse));
  if (results.search) lines.push(...searchSection(results.search));
  return `${lines.join("\n")}\n`;
}
