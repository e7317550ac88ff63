import type { ChildProcess } from "node:child_process";

export function freePort(): Promise<number>;
export function startServer(
  command: string,
  options: { cwd: string; url: string; env?: Record<string, string>; label?: string },
): Promise<ChildProcess>;
export function stopServer(child: ChildProcess): void;
export function stopAllServers(): void;
export function startSite(cwd: string, label?: string): Promise<{ origin: string; child: ChildProcess }>;
