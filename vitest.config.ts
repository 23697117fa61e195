import { defineConfig } from "vitest/config";
import { statementHtml } from "./src/app/statement/statement-html-plugin";

export default defineConfig({
  plugins: [statementHtml()],
  test: {
    include: ["src/**/*.test.{ts,tsx}", "tests/**/*.test.{ts,tsx}"],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: "forks",
    // Two cores: judge runs start their own sandbox processes, so keep file-level parallelism at 2.
    maxWorkers: 2,
  },
});
