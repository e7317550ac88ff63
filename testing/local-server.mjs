// Servers the tests and the benchmark start for themselves, on 127.0.0.1 only: a port chosen
// by the system at run time, and a check that the answer comes from the process just started,
// so that a run never measures a server it did not start (another clone's, say).
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";

/** A port nobody listens on now, on 127.0.0.1, chosen by the system. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const running = new Set();

/**
 * Starts a shell command in its own process group (npm, sh and serve), and waits until the
 * URL answers 200 while that process is still alive (so that another program on the port
 * is never measured by mistake).
 * @param {string} command
 * @param {{ cwd: string, url: string, env?: Record<string, string>, label?: string }} options
 */
export async function startServer(command, { cwd, url, env = {}, label = "server" }) {
  const child = spawn("sh", ["-c", command], {
    cwd,
    env: {
      ...process.env,
      ...env,
      PATH: `${path.join(cwd, "node_modules", ".bin")}${path.delimiter}${process.env.PATH}`,
    },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr = (stderr + chunk).slice(-2000)));
  running.add(child);
  child.on("exit", (code, signal) => {
    if (running.has(child)) {
      running.delete(child);
      console.error(
        `${label}: \`${command}\` stopped by itself (${signal ?? `exit code ${code}`})${stderr ? `:\n${stderr}` : ""}`,
      );
    }
  });
  for (let attempt = 0; attempt < 300 && child.exitCode === null; attempt++) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok && child.exitCode === null) return child;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stopServer(child);
  throw new Error(`${label}: \`${command}\` did not answer 200 at ${url}${stderr ? `:\n${stderr}` : ""}`);
}

/** Stops a server started by startServer, with everything it started. */
export function stopServer(child) {
  running.delete(child);
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
}

/** Stops every server this process started and has not stopped yet (on an interrupt). */
export function stopAllServers() {
  for (const child of [...running]) stopServer(child);
}

/**
 * `npm start` (the README's command: out/ with the site's headers) for the project in `cwd`,
 * on a free port; returns its origin and the process.
 * @param {string} cwd
 */
export async function startSite(cwd, label = "npm start") {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = await startServer(`npm start -- --listen tcp://127.0.0.1:${port}`, {
    cwd,
    url: `${origin}/`,
    label,
    env: { NEXT_TELEMETRY_DISABLED: "1" },
  });
  return { origin, child };
}
