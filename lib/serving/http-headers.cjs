// @ts-check
// The site's response headers, in one place. Two servers apply them:
// - Vercel, through vercel.json (`headers`, path-to-regexp sources), and
// - `npm start` (the `serve` package), through serve.json (`headers`, glob sources).
// Both files are written from this module by `npm run headers`, and a unit test
// (lib/serving/http-headers.test.ts) fails when either is stale. `next dev` reads the development
// variant through next.config.ts.
//
// CommonJS, so that the build steps Node runs without a compiler load it as next.config.ts does.

/**
 * Hosts the site may show in a frame: the players that lib/content/embeds.ts builds, loaded only
 * when a visitor presses play or asks for the slides. lib/content/embeds.test.ts holds the two lists equal.
 * @type {readonly string[]}
 */
const FRAME_HOSTS = ["https://www.youtube-nocookie.com", "https://docs.google.com"];

/**
 * What the CSP's frame-src allows: the site itself too, only because a talk's PDF deck
 * from public/ is shown in a frame by the browser's own viewer.
 * @type {readonly string[]}
 */
const FRAME_SOURCES = ["'self'", ...FRAME_HOSTS];

/** Where the Speculation-Rules header points; the file is public/speculation-rules.json. */
const SPECULATION_RULES_PATH = "/speculation-rules.json";

/**
 * @typedef {{ development: boolean, frameAncestors: "'none'" | "'self'" | "*", webAssembly?: boolean }} PolicyOptions
 * @typedef {{ key: string, value: string }} Header
 */

/**
 * @param {PolicyOptions} options
 * @returns {string}
 */
function contentSecurityPolicy({ development, frameAncestors, webAssembly = false }) {
  /** @type {Record<string, string[]>} */
  const directives = {
    "default-src": ["'self'"],
    // Pages carry no framework runtime and no inline script: only the site's own module
    // islands from /islands/. `next dev` runs React and Next's dev tooling, which needs
    // inline scripts, eval and inline styles, so development alone allows them.
    // /search alone runs WebAssembly (Pagefind's search), which CSP counts as eval unless
    // 'wasm-unsafe-eval' allows it; every other page keeps the plain 'self'.
    "script-src": [
      "'self'",
      ...(development ? ["'unsafe-inline'", "'unsafe-eval'"] : []),
      ...(webAssembly ? ["'wasm-unsafe-eval'"] : []),
    ],
    "style-src": ["'self'", ...(development ? ["'unsafe-inline'"] : [])],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(development ? ["ws:"] : [])],
    "frame-src": [...FRAME_SOURCES],
    "frame-ancestors": [frameAncestors],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "manifest-src": ["'self'"],
    "worker-src": ["'self'"],
    // The islands build DOM with createElement and setAttribute only, so no string ever
    // reaches an HTML or script sink, and no policy is needed. React's dev runtime does
    // use such sinks: not enforced under `next dev`.
    ...(development ? {} : { "require-trusted-types-for": ["'script'"], "trusted-types": ["'none'"] }),
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/**
 * The headers every response carries.
 * @param {{ development: boolean }} options
 * @returns {Header[]}
 */
function commonHeaders({ development }) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ development, frameAncestors: "'none'" }) },
    { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
    },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    // Chromium prerenders the internal page a visitor is about to open (hover, pointer
    // down), from rules in a file rather than an inline script, so the CSP needs no
    // exception for them. Other browsers ignore the header.
    { key: "Speculation-Rules", value: `"${SPECULATION_RULES_PATH}"` },
  ];
}

/**
 * What a PDF deck gets instead: the site's own pages may frame it (the in-place viewer),
 * nobody else's. A later rule that sets the same header wins, in vercel.json and in serve.json.
 * @param {{ development: boolean }} options
 * @returns {Header[]}
 */
function pdfHeaders({ development }) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ development, frameAncestors: "'self'" }) },
    { key: "X-Frame-Options", value: "SAMEORIGIN" },
  ];
}

/**
 * A talk's card for other sites (oEmbed, lib/outputs/embed-card.ts): /talks/<slug>/embed, a
 * file its route writes, without an extension so that its URL is the same on every host (a
 * file's .html is dropped from the URL of pages only, and a redirect from it would carry the
 * headers that forbid framing). The one response any site may frame.
 */
const EMBED_FILE = "/talks/*/embed";

/**
 * What the card gets instead: the policy of every page, with frame-ancestors open to any site.
 * X-Frame-Options has no value that allows every site: ALLOWALL is none of its two, so browsers
 * ignore it (and every browser that reads frame-ancestors lets it win over X-Frame-Options).
 * @param {{ development: boolean }} options
 * @returns {Header[]}
 */
function embedHeaders({ development }) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ development, frameAncestors: "*" }) },
    { key: "X-Frame-Options", value: "ALLOWALL" },
  ];
}

/** Where the site's search runs: its page, the one place WebAssembly may run. */
const SEARCH_PATH = "/search";

/**
 * What /search gets instead: the policy of every page, and WebAssembly for Pagefind.
 * @param {{ development: boolean }} options
 * @returns {Header[]}
 */
function searchHeaders({ development }) {
  return [
    {
      key: "Content-Security-Policy",
      value: contentSecurityPolicy({ development, frameAncestors: "'none'", webAssembly: true }),
    },
  ];
}

/**
 * Files whose type a static server would get wrong from the extension alone: it sends
 * application/xml for the RSS and Atom feeds and application/json for the JSON Feed,
 * browsers accept speculation rules fetched through the header only with their own type,
 * and a host may send a calendar without its charset. The routes (app/feed.xml/ and the
 * rest) declare the same types; lib/serving/http-headers.test.ts holds the two equal.
 *
 * A path may hold `*`: any characters within one path segment (see patternSources).
 * @type {ReadonlyArray<readonly [path: string, contentType: string]>}
 */
const CONTENT_TYPES = [
  [SPECULATION_RULES_PATH, "application/speculationrules+json"],
  ["/feed.xml", "application/rss+xml; charset=utf-8"],
  ["/atom.xml", "application/atom+xml; charset=utf-8"],
  ["/feed.json", "application/feed+json; charset=utf-8"],
  ["/talks.ics", "text/calendar; charset=utf-8"],
  // Each upcoming event's own file, "Add to calendar": /talks/<slug>/<event slug>.ics.
  ["/talks/*/*.ics", "text/calendar; charset=utf-8"],
  // A talk's card for other sites: HTML in a file without an extension (EMBED_FILE).
  [EMBED_FILE, "text/html; charset=utf-8"],
  // A talk as Markdown for a CFP form (the organisers' kit), to read in the browser as text.
  ["/talks/*/kit.md", "text/markdown; charset=utf-8"],
];

/**
 * One path of CONTENT_TYPES in each server's language. serve's minimatch reads `*` as any
 * characters but `/` already; path-to-regexp (Vercel, next dev) takes a bare `*` for a
 * modifier, so there it becomes the same as a group, and its literal text (`.ics`) stays literal.
 * @param {string} file
 */
function patternSources(file) {
  return { pathToRegexp: file.replaceAll("*", "([^/]+)"), glob: file.slice(1) };
}

/**
 * The rules in order, each with the source pattern each server understands: Vercel and
 * Next's headers() match path-to-regexp, serve matches globs (minimatch) against the file's path.
 * Case-insensitive by hand for PDFs: neither matcher folds case here.
 * @param {{ development: boolean }} options
 */
function headerRules({ development }) {
  return [
    { pathToRegexp: "/:path*", glob: "**", headers: commonHeaders({ development }) },
    { pathToRegexp: "/:file(.*\\.[pP][dD][fF])", glob: "**/*.[pP][dD][fF]", headers: pdfHeaders({ development }) },
    // serve matches the file (/search is search.html), Vercel and next dev the path.
    { pathToRegexp: SEARCH_PATH, glob: `${SEARCH_PATH.slice(1)}.html`, headers: searchHeaders({ development }) },
    { ...patternSources(EMBED_FILE), headers: embedHeaders({ development }) },
    ...CONTENT_TYPES.map(([file, contentType]) => ({
      ...patternSources(file),
      headers: [{ key: "Content-Type", value: contentType }],
    })),
  ];
}

/** vercel.json, as `npm run headers` writes it. */
function vercelConfig() {
  return {
    $schema: "https://openapi.vercel.sh/vercel.json",
    headers: headerRules({ development: false }).map(({ pathToRegexp, headers }) => ({
      source: pathToRegexp,
      headers,
    })),
  };
}

/**
 * serve.json, as `npm run headers` writes it: `npm start` serves out/ with it.
 * Clean URLs (/talks/x → talks/x.html) and no trailing slash, as Vercel serves the export.
 */
function serveConfig() {
  return {
    cleanUrls: true,
    trailingSlash: false,
    headers: headerRules({ development: false }).map(({ glob, headers }) => ({ source: glob, headers })),
  };
}

/** For next.config.ts under `next dev`: the same rules, the development policy. */
function developmentHeaders() {
  return headerRules({ development: true }).map(({ pathToRegexp, headers }) => ({ source: pathToRegexp, headers }));
}

/**
 * The text of each file that carries the headers to a server, keyed by its path in the
 * repository: what `npm run headers` writes.
 * @returns {Record<string, string>}
 */
function headerConfigFiles() {
  /** @param {unknown} value */
  const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
  return { "vercel.json": json(vercelConfig()), "serve.json": json(serveConfig()) };
}

module.exports = {
  SPECULATION_RULES_PATH,
  SEARCH_PATH,
  EMBED_FILE,
  CONTENT_TYPES,
  contentSecurityPolicy,
  headerRules,
  vercelConfig,
  serveConfig,
  developmentHeaders,
  headerConfigFiles,
};
