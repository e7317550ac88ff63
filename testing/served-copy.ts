import { spawnSync, type ChildProcess } from "node:child_process";

import { expect } from "@playwright/test";

import { startSite, stopServer } from "./local-server.mjs";
import { makeWorkCopy } from "./work-copy.mjs";

export type ServedCopy = {
  /** The copy's project folder. */
  site: string;
  /** Where it is served: `http://127.0.0.1:<port>`. */
  origin: string;
  /** What `npm run build` printed. */
  buildOutput: string;
  /** Stops the server and removes the copy. */
  close: () => Promise<void>;
};

/**
 * A copy of the project, changed by `prepare` (a talk file added, a PDF put in public/),
 * then built and served with the README's two commands, as the owner's push would be:
 * `npm run build`, then `npm start` on a free port. Resolves once it answers.
 */
export async function buildAndServeCopy(
  prefix: string,
  prepare: (site: string) => void | Promise<void>,
): Promise<ServedCopy> {
  const copy = makeWorkCopy(process.cwd(), prefix);
  let server: ChildProcess | undefined;
  const close = async () => {
    if (server?.pid && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      stopServer(server);
      await exited;
    }
    copy.remove();
  };
  try {
    await prepare(copy.site);
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
    const built = spawnSync("npm", ["run", "build"], { cwd: copy.site, env, encoding: "utf8" });
    expect(built.status, built.stdout + built.stderr).toBe(0);
    const started = await startSite(copy.site);
    server = started.child;
    const { origin } = started;
    return { site: copy.site, origin, buildOutput: built.stdout, close };
  } catch (error) {
    await close();
    throw error;
  }
}
