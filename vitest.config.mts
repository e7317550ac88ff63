import path from "node:path";

import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "@": path.resolve(import.meta.dirname) },
  },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", "testing/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: "test-results/unit.json" }]],
    environment: "node",
  },
});
