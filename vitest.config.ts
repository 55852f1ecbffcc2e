import { defineConfig } from 'vitest/config';

// Test environment by file suffix: `*.test.ts` are pure and fast; `*.db.test.ts` use a real
// database (PGlite, or the PostgreSQL server named by TEST_DATABASE_URL) and real HTTP;
// `e2e/*.e2e.test.ts` drive the built web app in chromium against one real server with the
// real catalog, one file at a time and never alongside the other tests (a group of their own).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'db',
          include: ['apps/*/src/**/*.db.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['e2e/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
