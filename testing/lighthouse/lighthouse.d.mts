export type LighthouseFigures = {
  cpuMultiplier: number;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  transferBytes: number | null;
  scriptTransferBytes: number;
  requests: number | null;
  scriptRequests: number;
  scriptEvaluationMs: number;
  failedAudits: string[];
  consoleErrors: string[];
};

export const DEFAULT_CPU_MULTIPLIER: number;
export function calibratedCpuMultiplier(benchmarkIndex: number): number;
export function runLighthouse(
  url: string,
  options?: { multipliers?: Array<"calibrated" | "default" | number> },
): Promise<{ benchmarkIndex: number; audits: Record<string, LighthouseFigures> }>;
export function median(values: unknown[]): number | null;
