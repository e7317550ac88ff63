// A throwaway copy of the project, for the benchmark and for tests that edit content or
// run their own server: everything but build output and git, with node_modules hard-linked
// (fast, and no second install).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const SKIPPED = new Set(["node_modules", ".next", "out", ".git", ".vercel", "test-results", "playwright-report"]);

export function makeWorkCopy(projectDir = process.cwd(), prefix = "talks-copy-") {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const site = path.join(root, "site");
  fs.cpSync(projectDir, site, {
    recursive: true,
    filter: (source) => path.dirname(source) !== projectDir || !SKIPPED.has(path.basename(source)),
  });
  const linked = spawnSync("cp", ["-al", path.join(projectDir, "node_modules"), path.join(site, "node_modules")]);
  if (linked.status !== 0)
    fs.cpSync(path.join(projectDir, "node_modules"), path.join(site, "node_modules"), { recursive: true });
  return { root, site, remove: () => fs.rmSync(root, { recursive: true, force: true, maxRetries: 5 }) };
}
