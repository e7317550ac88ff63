import fs from "node:fs";
import path from "node:path";

import { createProcessor } from "@mdx-js/mdx";
import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";

/**
 * The README and docs/ stay true: every file or folder of the project they name exists,
 * every `npm run` script is in package.json, every `npx` tool is installed, and every
 * relative link leads to a file. A doc that names something renamed or removed fails here.
 */

const root = process.cwd();
const docs = ["README.md", ...fs.readdirSync(path.join(root, "docs")).map((file) => `docs/${file}`)].filter((file) =>
  file.endsWith(".md"),
);
const scripts = Object.keys(
  (JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts,
);

// Made by a build, a test run or npm: named in docs, absent from a fresh clone.
const GENERATED = ["out", ".next", "node_modules", "test-results", "playwright-report", ".vercel"];
// Where the author adds files: a doc's example there (`public/slides/my-talk.pdf`) need not exist,
// and the folder itself appears with the first file put in it.
const AUTHOR_FOLDERS = ["content/talks/", "content/transcripts/", "public/slides/", "public/images/"];
// The project's top-level folders and files: a code span starting with one of them is a path.
const TOP_LEVEL = new Set(fs.readdirSync(root).concat(GENERATED));

const markdown = createProcessor({ format: "md" });

type Mention = { doc: string; line: number | undefined; text: string };

/** Inline code, code blocks and link targets, with the line each stands on. */
function mentionsIn(doc: string): { code: Mention[]; links: Mention[] } {
  const tree = markdown.parse(fs.readFileSync(path.join(root, doc), "utf8")) as Root;
  const code: Mention[] = [];
  const links: Mention[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === "inlineCode") code.push({ doc, line, text: node.value });
    if (node.type === "code") {
      for (const [offset, text] of node.value.split("\n").entries())
        code.push({ doc, line: line === undefined ? undefined : line + 1 + offset, text });
    }
    if (node.type === "link") links.push({ doc, line, text: node.url });
  });
  return { code, links };
}

/** A project path in a code span: its first segment is a top-level file or folder. Placeholders end it. */
function projectPathIn(text: string): string | undefined {
  // A message quoted in a doc names its file with the line: `content/talks/my-talk.mdx:9:`.
  const candidate = text
    .trim()
    .split(/\s/)[0]!
    .replace(/:\d+:?$/, "");
  if (candidate.startsWith("/") || candidate.includes("://")) return undefined;
  const [first] = candidate.split("/");
  if (!first || !TOP_LEVEL.has(first)) return undefined;
  if (!candidate.includes("/") && !fs.existsSync(path.join(root, candidate))) return undefined;
  // Up to the first placeholder or wildcard: `content/talks/<slug>.mdx` names content/talks/.
  return candidate.split(/[<*{[]/)[0]!;
}

function exists(projectPath: string): boolean {
  const first = projectPath.split("/")[0]!;
  if (GENERATED.includes(first)) return true;
  if (AUTHOR_FOLDERS.some((folder) => projectPath.startsWith(folder))) return true;
  return fs.existsSync(path.join(root, projectPath));
}

const where = (mention: Mention) => `${mention.doc}:${mention.line ?? "?"}`;

describe.each(docs)("%s", (doc) => {
  const { code, links } = mentionsIn(doc);

  it("names only files and folders that exist", () => {
    const missing = code.flatMap((mention) => {
      const projectPath = projectPathIn(mention.text);
      return projectPath && !exists(projectPath) ? [`${where(mention)}: ${projectPath}`] : [];
    });
    expect(missing).toEqual([]);
  });

  it("names only npm scripts that package.json has, and tools that are installed", () => {
    const missing = code.flatMap((mention) =>
      [...mention.text.matchAll(/\bnpm run ([\w:-]+)|\bnpx ([\w@/.-]+)/g)].flatMap(([, script, tool]) => {
        if (script && !scripts.includes(script)) return [`${where(mention)}: npm run ${script}`];
        if (tool && !fs.existsSync(path.join(root, "node_modules", ".bin", tool)))
          return [`${where(mention)}: npx ${tool}`];
        return [];
      }),
    );
    expect(missing).toEqual([]);
  });

  it("links only to files that exist", () => {
    const broken = links.flatMap((mention) => {
      if (/^[a-z]+:|^#|^\//.test(mention.text)) return [];
      const target = path.join(path.dirname(path.join(root, doc)), decodeURI(mention.text.split("#")[0]!));
      return fs.existsSync(target) ? [] : [`${where(mention)}: ${mention.text}`];
    });
    expect(broken).toEqual([]);
  });
});

describe("the check itself", () => {
  it("finds a path that does not exist, and passes over site URLs and placeholders", () => {
    expect(projectPathIn("lib/no-such-module.ts")).toBe("lib/no-such-module.ts");
    expect(exists("lib/no-such-module.ts")).toBe(false);
    expect(exists(projectPathIn("content/talks/<slug>.mdx")!)).toBe(true);
    expect(projectPathIn("/talks/<slug>")).toBeUndefined();
    expect(projectPathIn("out/talks/x.html")).toBe("out/talks/x.html");
    expect(exists("out/talks/x.html")).toBe(true);
    expect(exists(projectPathIn("content/talks/my-talk.mdx:9:")!)).toBe(true);
    expect(exists("content/speaker.md")).toBe(false);
  });
});
