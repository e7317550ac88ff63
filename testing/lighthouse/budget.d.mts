import type { LighthouseFigures } from "./lighthouse.mjs";

export type Check = { figure: keyof LighthouseFigures; label: string; min?: number; max?: number };
export type Run = LighthouseFigures & { benchmarkIndex: number };

export const EVERY_RUN: Check[];
export const MEDIAN: Check[];
export const FIRST_FRAME_ONLY: Check;
export const ISLAND_PAGE: Check;
export function medianChecks(html: string): Check[];
export function judge(runs: Run[], checks: Check[]): string[];
export function summarize(
  runs: Run[],
  checks: Check[],
): Record<string, { median: number | null; range: [number, number] }>;
