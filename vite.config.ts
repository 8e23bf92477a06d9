import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

export default defineConfig({
  root: path.join(root, 'client'),
  plugins: [react()],
  build: {
    outDir: path.join(root, 'dist', 'client'),
    emptyOutDir: true,
    // Read by scripts/route-sizes.mjs to print what each screen loads.
    manifest: true,
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/healthz': 'http://127.0.0.1:3000',
      '/yjs': { target: 'ws://127.0.0.1:3000', ws: true },
      '/socket.io': { target: 'ws://127.0.0.1:3000', ws: true },
    },
  },
  test: {
    root,
    reporters: ['default'],
    projects: [
      { test: { name: 'unit', root, include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'server',
          root,
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          // One PostgreSQL for the run (or TEST_DATABASE_URL's), for the storage engine's tests.
          globalSetup: ['tests/support/postgresSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          root,
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          // Browsers and servers are heavy on two cores: one end-to-end file at a time.
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'client',
          root,
          include: ['tests/client/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/client/setup.ts'],
        },
      },
    ],
  },
});
