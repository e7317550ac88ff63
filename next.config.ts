import os from "node:os";

import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";

import { getTalks } from "./lib/content/talks";
import { shortLinkRedirects } from "./lib/outputs/redirects";
import headers from "./lib/serving/http-headers.cjs";

/**
 * `next build` exports the site as plain files to out/ (`output: "export"`); the build
 * script then removes the framework's client runtime from every page
 * (scripts/build/remove-client-runtime.mjs), so that visitors get HTML, CSS and the site's own
 * islands only. Response headers cannot be part of an export: vercel.json and serve.json
 * carry them, both written from lib/serving/http-headers.cjs.
 *
 * The short links' redirects are here, although an export ignores them: Vercel's build reads
 * them from Next's routes manifest and answers /t/<code> with a 307 (lib/outputs/redirects.ts).
 *
 * `next dev` is a server, not an export, so that it can send the same headers (in their
 * development variant) and re-read the talk files on every request.
 */
export default function nextConfig(phase: string): NextConfig {
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
            return headers.developmentHeaders();
          },
        }
      : {
          output: "export",
          async redirects() {
            return shortLinkRedirects(getTalks()).map((redirect) => ({ ...redirect, permanent: false }));
          },
        }),
  };
}
