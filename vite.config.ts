import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { PRELOADED_MODULES } from './src/loading/plan.ts';

/**
 * The Content-Security-Policy the built app runs under: script, style and
 * data from its own origin only (no inline script, no eval, no inline style
 * attribute), images also from data: URLs and the tile server. The dev server
 * goes without it: React's fast refresh needs an inline script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: https://tile.openstreetmap.org",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'crossings-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Chunks the first view needs that the entry only imports dynamically (so
 * they stay out of the initial JavaScript), from the loading table:
 * `modulepreload` links let the browser fetch them while the entry
 * downloads, not after it has run.
 */
const FIRST_VIEW_CHUNKS = PRELOADED_MODULES;

function preloadFirstViewChunks(): Plugin {
  return {
    name: 'crossings-preload-first-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const files = new Set<string>();
        const add = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          const chunk = chunks.find((candidate) => candidate.fileName === fileName);
          chunk?.imports.forEach(add);
        };
        for (const chunk of chunks)
          if (
            chunk.facadeModuleId &&
            FIRST_VIEW_CHUNKS.some((path) => chunk.facadeModuleId!.endsWith(path))
          )
            add(chunk.fileName);
        // The entry and what Vite already preloads need no second link.
        return [...files]
          .filter((file) => !html.includes(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `./${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

export default defineConfig({
  // Relative base: the built site works from any static server under any sub-path.
  base: './',
  plugins: [react(), contentSecurityPolicy(), preloadFirstViewChunks()],
  resolve: {
    // Leaflet's package names only its UMD build; its ES module build lets
    // Rollup drop the classes nothing imports (overlays, the layers control...).
    alias: [{ find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' }],
  },
  build: { sourcemap: true, modulePreload: { polyfill: false } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Deterministic: same time zone on every machine.
    env: { TZ: 'UTC' },
  },
});
