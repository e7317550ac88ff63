// The benchmark's Lighthouse run: one load of a page (testing/lighthouse/lighthouse.mjs), audited twice,
// on Lighthouse's default phone (4x the host, whatever the host) and on the phone calibrated
// from the run's benchmarkIndex (what the test gate asserts), so that both sets of figures and
// the host's speed are reported side by side.
import { runLighthouse as measure } from "../testing/lighthouse/lighthouse.mjs";

/** The figures of one audit, with counts where the gate keeps lists. */
const flat = ({ consoleErrors, failedAudits, ...figures }) => ({
  ...figures,
  consoleErrors: consoleErrors.length,
  failedAudits: failedAudits.length,
});

/** One Lighthouse run: the default audit's figures, `benchmarkIndex`, and `calibrated`. */
export async function runLighthouse(url) {
  const { benchmarkIndex, audits } = await measure(url, { multipliers: ["default", "calibrated"] });
  return { benchmarkIndex, ...flat(audits.default), calibrated: flat(audits.calibrated) };
}

// `node bench/lighthouse-runner.mjs URL…`: one run each, for quick comparisons.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const url of process.argv.slice(2)) {
    const figures = await runLighthouse(url);
    console.log(
      url,
      JSON.stringify(figures, (key, value) => (typeof value === "number" ? Math.round(value * 100) / 100 : value)),
    );
  }
}
