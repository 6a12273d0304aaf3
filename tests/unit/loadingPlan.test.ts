import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOADING_PLAN, PRELOADED_MODULES } from '../../src/loading/plan';

const ROOT = join(import.meta.dirname, '..', '..');

/** name → module file of each `name: () => import('../x/Y')` in a loader, from the project root. */
function importersIn(loader: string): Record<string, string> {
  const source = readFileSync(join(ROOT, 'src', 'loading', loader), 'utf8');
  const found: Record<string, string> = {};
  for (const match of source.matchAll(/^\s*(\w+): \(\) => import\('\.\.\/([^']+)'\),$/gm)) {
    const path = `src/${match[2]!}`;
    found[match[1]!] =
      ['.tsx', '.ts'].map((ext) => path + ext).find((p) => existsSync(join(ROOT, p))) ?? path;
  }
  return found;
}

const planned = (keep: (trigger: string) => boolean) =>
  Object.fromEntries(
    Object.entries(LOADING_PLAN)
      .filter(([, entry]) => keep(entry.trigger))
      .map(([name, entry]) => [name, entry.module]),
  );

describe('the loading table', () => {
  it('loads its first-view modules from the entry, each the very module the plan names', () => {
    expect(importersIn('firstView.ts')).toEqual(planned((trigger) => trigger === 'first view'));
  });

  it('loads every other module from inside the app’s chunk, each the very module the plan names', () => {
    expect(importersIn('later.ts')).toEqual(planned((trigger) => trigger !== 'first view'));
  });

  it('names a module that exists for every entry, and says in a comment what makes it load', () => {
    const plan = readFileSync(join(ROOT, 'src', 'loading', 'plan.ts'), 'utf8');
    for (const [name, entry] of Object.entries(LOADING_PLAN)) {
      expect(existsSync(join(ROOT, entry.module)), name).toBe(true);
      expect(plan, name).toMatch(new RegExp(`/\\*\\* [^\\n]{6,} \\*/\\n  ${name}: \\{`));
    }
  });

  it('preloads only what the first view needs whatever the corpus: the app proper', () => {
    expect(PRELOADED_MODULES).toEqual(['src/ui/Crossings.tsx']);
  });
});
