import path from "node:path";

import { build } from "esbuild";

import { ISLAND_NAMES, islandFileName, type IslandName } from "@/components/islands/islands.mjs";
import { ISLANDS_DIRECTORY } from "@/lib/paths.mjs";

/**
 * The site's islands as browser modules: `/islands/player.js` is components/islands/player.ts,
 * bundled, minified, ES2022. Built once at `next build` (the static export writes
 * out/islands/<name>.js); `next dev` bundles afresh on every request, so an edit shows on reload.
 */

export const dynamic = "force-static";
export const dynamicParams = false;

// The URL only ever picks a name from the list; it never names a file.
function sourceOf(name: IslandName): string {
  return path.join(ISLANDS_DIRECTORY, `${name}.ts`);
}

export function generateStaticParams(): { island: string }[] {
  return ISLAND_NAMES.map((name) => ({ island: islandFileName(name) }));
}

type Context = { params: Promise<{ island: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { island } = await params;
  const name = ISLAND_NAMES.find((candidate) => islandFileName(candidate) === island);
  if (name === undefined) return new Response("Not found", { status: 404 });

  const result = await build({
    entryPoints: [sourceOf(name)],
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2022",
    platform: "browser",
    legalComments: "none",
    // Pagefind's library is written at build into out/pagefind/ and loaded from there by the search island.
    external: ["/pagefind/*"],
    write: false,
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error(`esbuild wrote nothing for ${sourceOf(name)}`);
  return new Response(output.text, { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
}
