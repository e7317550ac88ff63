import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { makeWorkCopy } from "../testing/work-copy.mjs";

// The owner's path: `npm run new-talk` with flags, then a build, on a copy of the project.
test("npm run new-talk writes a file that passes the check and builds into a page", async () => {
  test.setTimeout(240_000);
  const copy = makeWorkCopy(process.cwd(), "talks-new-");
  try {
    const run = (command: string, args: string[]) =>
      spawnSync(command, args, {
        cwd: copy.site,
        encoding: "utf8",
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      });
    const args = [
      "run",
      "new-talk",
      "--",
      "--title",
      "Café Observability: Ünïcode Édition",
      "--event",
      "Test Conf 2030",
      "--date",
      "2030-03-04",
      "--location",
      "Online",
      "--slides",
      "https://example.com/slides",
      "--recording",
      "https://www.youtube.com/watch?v=abcdefghijk",
    ];
    const created = run("npm", args);
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout).toContain("Wrote content/talks/cafe-observability-unicode-edition.mdx");
    expect(created.stdout).toMatch(/Its page will be https?:\/\/\S+\/talks\/cafe-observability-unicode-edition/);

    const again = run("npm", args);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("content/talks/cafe-observability-unicode-edition.mdx already exists");

    const checked = run("npm", ["run", "check:content"]);
    expect(checked.status, checked.stderr).toBe(0);

    const built = run("npm", ["run", "build"]);
    expect(built.status, built.stdout + built.stderr).toBe(0);
    const html = fs.readFileSync(
      path.join(copy.site, "out", "talks", "cafe-observability-unicode-edition.html"),
      "utf8",
    );
    expect(html).toContain("Café Observability: Ünïcode Édition");
    expect(html).toContain("Test Conf 2030");
    expect(html).toContain('href="https://www.youtube.com/watch?v=abcdefghijk"');
  } finally {
    copy.remove();
  }
});
