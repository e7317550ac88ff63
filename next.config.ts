// @ts-check
const os = require("node:os");

const { PHASE_DEVELOPMENT_SERVER } = require("next/constants");

const { developmentHeaders } = require("./lib/serving/http-headers.cjs");

/**
 * `next build` exports the site as plain files to out/ (`output: "export"`); the build
 * script then removes the framework's client runtime from every page
 * (scripts/build/remove-client-runtime.mjs), so that visitors get HTML, CSS and the site's own
 * islands only. Response headers cannot be part of an export: vercel.json and serve.json
 * carry them, both written from lib/serving/http-headers.cjs.
 *
 * `next dev` is a server, not an export, so that it can send the same headers (in their
 * development variant) and re-read the talk files on every request.
 * @param {string} phase
 * @returns {import("next").NextConfig}
 */
module.exports = (phase) => {
  const isDevelopment = phase === PHASE_DEVELOPMENT_SERVER;

  return {
    reactStrictMode: true,
    poweredByHeader: false,
    // `npm run typecheck` checks types in npm test and CI; repeating it inside next build
    // cost 7.8 s of a 44 s build at 1000 talks (bench/results.md).
    typescript: { ignoreBuildErrors: true },
    // Prerender on every core: Next leaves one free by default, which on a 2-core machine
    // halves the workers (2.7 s of 36 s at 1000 talks).
    experimental: { cpus: os.availableParallelism() },
    // Loaded from node_modules at build rather than bundled: the island route (app/islands/)
    // runs esbuild's native binary, and the slide renderer (lib/content/deck-pdf.ts) pdf.js with Skia's
    // native canvas (a .node addon the bundler cannot place; pdf.js bundled adds 2.8 MB).
    serverExternalPackages: ["esbuild", "pdfjs-dist", "@napi-rs/canvas"],
    ...(isDevelopment
      ? {
          async headers() {
            return developmentHeaders();
          },
        }
      : { output: "export" }),
  };
};
