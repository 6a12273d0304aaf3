import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative base: the built site works from any static server under any sub-path.
  base: './',
  plugins: [react()],
  build: { sourcemap: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Deterministic: same time zone on every machine.
    env: { TZ: 'UTC' },
  },
});
