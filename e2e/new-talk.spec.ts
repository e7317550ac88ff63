import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { publishScaffoldedTalk } from "../testing/fixtures/publish-scaffold";
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

    // Published with the scaffold's text still in it: refused, naming both places.
    const file = path.join(copy.site, "content", "talks", "cafe-observability-unicode-edition.mdx");
    const scaffold = fs.readFileSync(file, "utf8");
    expect(scaffold).toContain("draft: true");
    fs.writeFileSync(file, scaffold.replace(/^draft: true\n/m, ""));
    const placeholders = run("npm", ["run", "check:content"]);
    expect(placeholders.status).toBe(1);
    expect(placeholders.stderr).toMatch(
      /cafe-observability-unicode-edition\.mdx:\d+: summary: still holds the text npm run new-talk wrote/,
    );
    expect(placeholders.stderr).toMatch(
      /cafe-observability-unicode-edition\.mdx:\d+: body: still holds the paragraph npm run new-talk wrote/,
    );

    // Written as the owner would: the summary and the abstract in place of the scaffold's.
    publishScaffoldedTalk(file, {
      summary: "How a café runs on traces.",
      abstract: "What a café learns from its traces.",
    });
    const published = run("npm", ["run", "check:content"]);
    expect(published.status, published.stderr).toBe(0);

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
