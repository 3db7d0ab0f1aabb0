import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Integration tests run real Astro builds: one file at a time keeps a 2-core machine responsive.
    fileParallelism: false,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
    // One temporary folder per run, removed at its end (tests/helpers/temp-root.ts).
    globalSetup: ['tests/helpers/temp-root.ts'],
  },
});
