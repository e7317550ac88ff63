// @ts-check
const os = require("node:os");

const { PHASE_DEVELOPMENT_SERVER } = require("next/constants");

/**
 * Hosts the site may show in a frame: the players that lib/embeds.ts builds, loaded only
 * when a visitor presses play or asks for the slides. Nothing else may be framed.
 * This config is CommonJS and cannot import that TypeScript module, so it keeps its own
 * list; lib/embeds.test.ts fails when the two differ.
 * @type {string[]}
 */
const FRAME_HOSTS = ["https://www.youtube-nocookie.com", "https://docs.google.com"];

/**
 * What the CSP's frame-src allows: the site itself too, only because a talk's PDF deck
 * from public/ is shown in a frame by the browser's own viewer.
 * @type {string[]}
 */
const FRAME_SOURCES = ["'self'", ...FRAME_HOSTS];

/**
 * Every PDF the site serves (public/slides/…): the one kind of response the site's own pages
 * may frame. A path-to-regexp parameter with a custom pattern, case-insensitive by hand
 * because the pattern is matched as written.
 */
const PDF_SOURCE = "/:file(.*\\.[pP][dD][fF])";

/**
 * @param {{ isDevelopment: boolean, frameAncestors: string }} options
 * @returns {string}
 */
function contentSecurityPolicy({ isDevelopment, frameAncestors }) {
  const directives = {
    "default-src": ["'self'"],
    // Next.js streams page data in inline <script> tags that differ on every page, so
    // static pages cannot carry nonces or hashes; no eval, and nothing from other origins.
    // React's dev tooling needs eval, so `next dev` alone allows it.
    "script-src": ["'self'", "'unsafe-inline'", ...(isDevelopment ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(isDevelopment ? ["ws:"] : [])],
    "frame-src": FRAME_SOURCES,
    "frame-ancestors": [frameAncestors],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "manifest-src": ["'self'"],
    "worker-src": ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/**
 * Set here rather than in a vercel.json so that `next start` and Vercel send the same headers.
 * @param {{ isDevelopment: boolean }} options
 */
function securityHeaders(options) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ ...options, frameAncestors: "'none'" }) },
    { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
    },
    { key: "X-Frame-Options", value: "DENY" },
  ];
}

/**
 * STATIC_EXPORT=1 builds a plain static site into out/ (`output: "export"`), for any
 * file server; the benchmark compares it with `next start`. Response headers cannot be
 * part of an export, so they are left to the server there.
 * @param {string} phase
 * @returns {import("next").NextConfig}
 */
module.exports = (phase) => {
  const isDevelopment = phase === PHASE_DEVELOPMENT_SERVER;
  const isStaticExport = process.env.STATIC_EXPORT === "1";

  return {
    reactStrictMode: true,
    poweredByHeader: false,
    // `npm run typecheck` checks types in npm test and CI; repeating it inside next build
    // cost 7.8 s of a 44 s build at 1000 talks (bench/results.md).
    typescript: { ignoreBuildErrors: true },
    // Prerender on every core: Next leaves one free by default, which on a 2-core machine
    // halves the workers (2.7 s of 36 s at 1000 talks).
    experimental: { cpus: os.availableParallelism() },
    ...(isStaticExport
      ? { output: "export" }
      : {
          async headers() {
            return [
              { source: "/:path*", headers: securityHeaders({ isDevelopment }) },
              // When two rules set the same header, the later one wins (Next's documented
              // order): a PDF deck may be framed by the site's own pages and nobody else's.
              {
                source: PDF_SOURCE,
                headers: [
                  { key: "Content-Security-Policy", value: contentSecurityPolicy({ isDevelopment, frameAncestors: "'self'" }) },
                  { key: "X-Frame-Options", value: "SAMEORIGIN" },
                ],
              },
            ];
          },
        }),
  };
};
