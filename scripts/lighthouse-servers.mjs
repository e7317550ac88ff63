// Lighthouse CI's server (lighthouserc.cjs startServerCommand): the site's out/ and the
// slides fixture's (scripts/lighthouse-fixture.mts), each served by `npm start`, as
// visitors get them. Says "Lighthouse servers ready" once both answer; stops both when
// Lighthouse CI stops it.
import { spawn } from "node:child_process";
import fs from "node:fs";

// The ports lighthouserc.cjs audits.
const SITE_PORT = 3211;
const FIXTURE_PORT = 3212;

const fixture = JSON.parse(fs.readFileSync("test-results/lighthouse-fixture.json", "utf8"));

const servers = [
  { cwd: process.cwd(), port: SITE_PORT },
  { cwd: fixture.site, port: FIXTURE_PORT },
].map(({ cwd, port }) => ({
  port,
  // Its own process group, so that stopping it stops npm, the shell and serve together.
  child: spawn("npm", ["start", "--", "--listen", `tcp://127.0.0.1:${port}`], { cwd, stdio: "ignore", detached: true }),
}));

function stop() {
  for (const { child } of servers) {
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
    }
  }
  process.exit(0);
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
process.on("SIGHUP", stop);

async function answers(port) {
  for (let attempt = 0; attempt < 120; attempt++) {
    const status = await fetch(`http://127.0.0.1:${port}/`).then((response) => response.status, () => 0);
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`lighthouse-servers: nothing answers on port ${port}`);
}

await Promise.all(servers.map(({ port }) => answers(port)));
console.log("Lighthouse servers ready");
// Until Lighthouse CI stops it.
setInterval(() => {}, 60_000);
