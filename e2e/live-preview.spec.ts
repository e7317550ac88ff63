import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { freePort } from "../testing/local-server.mjs";
import { makeWorkCopy } from "../testing/work-copy.mjs";

// `npm run dev` on a copy of the project: the author edits talk files and reloads.
test.describe.configure({ mode: "serial" });

/** Where `next dev` listens, on a port chosen when it starts. */
let origin = "";
let copy: ReturnType<typeof makeWorkCopy>;
let server: ChildProcess;
const talkFile = (slug: string) => path.join(copy.site, "content", "talks", `${slug}.mdx`);

test.beforeAll(async () => {
  test.setTimeout(240_000);
  copy = makeWorkCopy(process.cwd(), "talks-dev-");
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [path.join(copy.site, "node_modules", "next", "dist", "bin", "next"), "dev", "-H", "127.0.0.1", "-p", String(port)],
    {
      cwd: copy.site,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "ignore",
      detached: true,
    },
  );
  await expect
    .poll(async () => (await fetch(`${origin}/talks`).catch(() => undefined))?.status ?? 0, {
      timeout: 200_000,
      intervals: [1000],
    })
    .toBe(200);
});

test.afterAll(async () => {
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    process.kill(-server.pid, "SIGTERM");
    await exited;
  }
  copy?.remove();
});

test("an edited talk shows the change on reload", async ({ page }) => {
  test.setTimeout(120_000);
  const file = talkFile("the-zen-of-prometheus");
  fs.writeFileSync(
    file,
    fs.readFileSync(file, "utf8").replace("title: The Zen of Prometheus", "title: The Zen of Prometheus, Revised"),
  );
  await expect(async () => {
    await page.goto(`${origin}/talks/the-zen-of-prometheus`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The Zen of Prometheus, Revised", {
      timeout: 2000,
    });
  }).toPass({ timeout: 90_000 });
});

test("a new file becomes a page, and drafts show with a mark", async ({ page }) => {
  test.setTimeout(120_000);
  fs.writeFileSync(
    talkFile("live-preview-draft"),
    "---\ntitle: Live Preview Draft\nsummary: Written while the dev server runs.\ndraft: true\nevents:\n  - name: Preview Conf 2031\n    date: 2031-05\n---\n\nA brand new abstract.\n",
  );
  await expect(async () => {
    await page.goto(`${origin}/talks/live-preview-draft`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Live Preview Draft", { timeout: 2000 });
  }).toPass({ timeout: 90_000 });
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Draft");
  await expect(page.getByText("A brand new abstract.")).toBeVisible();
  await page.goto(`${origin}/talks`);
  await expect(page.getByRole("heading", { name: /Live Preview Draft/ })).toBeVisible();
});

test("a broken file shows its problem in the browser, and fixing it recovers", async ({ page }) => {
  test.setTimeout(150_000);
  const file = talkFile("live-preview-broken");
  const broken =
    "---\ntitle: Broken While Writing\nsummary: The date is in words.\nevents:\n  - name: Preview Conf 2031\n    date: June 2031\n---\n\nAbstract.\n";
  fs.writeFileSync(file, broken);
  await expect(async () => {
    await page.goto(`${origin}/talks`);
    await expect(
      page
        .getByText(
          /live-preview-broken\.mdx:6: events\[0\]\.date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "June 2031"/,
        )
        .first(),
    ).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 90_000 });

  fs.writeFileSync(file, broken.replace("date: June 2031", "date: 2031-06"));
  await expect(async () => {
    await page.goto(`${origin}/talks`);
    await expect(page.getByRole("heading", { name: "Broken While Writing" })).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 90_000 });
});

test("the speaker's profile: an edit shows on reload, a broken one shows its problem, fixing it recovers", async ({
  page,
}) => {
  test.setTimeout(150_000);
  const file = path.join(copy.site, "content", "speaker.mdx");
  const original = fs.readFileSync(file, "utf8");
  // Open first, as an author has the site open: a route file whose module is first evaluated
  // while the profile is broken (its `metadata` reads it) stays broken until the dev server restarts.
  await page.goto(`${origin}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kemal Akkoyun");
  fs.writeFileSync(file, original.replace("language: en", "language: english"));
  await expect(async () => {
    await page.goto(`${origin}/`);
    await expect(
      page
        .getByText(
          /speaker\.mdx:\d+: language: expected a BCP 47 language tag such as "en", "en-GB" or "tr", got "english"/,
        )
        .first(),
    ).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 90_000 });

  fs.writeFileSync(file, original.replace("name: Kemal Akkoyun", "name: Kemal Akkoyun, Live"));
  await expect(async () => {
    await page.goto(`${origin}/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kemal Akkoyun, Live", { timeout: 3000 });
  }).toPass({ timeout: 90_000 });
});
