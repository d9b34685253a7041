import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // PGlite instances are heavy; two cores on CI machines.
    maxWorkers: 2,
  },
});
