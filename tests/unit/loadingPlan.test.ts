import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOADING_PLAN, PRELOADED_MODULES } from '../../src/loading/plan';

const ROOT = join(import.meta.dirname, '..', '..');
const loader = readFileSync(join(ROOT, 'src', 'loading', 'load.tsx'), 'utf8');

/** name → module path of each `name: () => import('../x/Y')` in load.tsx, from the project root. */
function importers(): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of loader.matchAll(/^\s*(\w+): \(\) => import\('\.\.\/([^']+)'\),$/gm))
    found[match[1]!] = `src/${match[2]!}`;
  return found;
}

describe('the loading table', () => {
  it('has one import() for each planned module, of the very module the plan names', () => {
    const planned = Object.fromEntries(
      Object.entries(LOADING_PLAN).map(([name, entry]) => [name, entry.module]),
    );
    const imported = Object.fromEntries(
      Object.entries(importers()).map(([name, path]) => {
        const file = ['.tsx', '.ts']
          .map((ext) => path + ext)
          .find((p) => existsSync(join(ROOT, p)));
        return [name, file ?? path];
      }),
    );
    expect(imported).toEqual(planned);
  });

  it('names a module that exists for every entry, with what makes it load', () => {
    for (const [name, entry] of Object.entries(LOADING_PLAN)) {
      expect(existsSync(join(ROOT, entry.module)), name).toBe(true);
      expect(entry.when.length, name).toBeGreaterThan(5);
    }
  });

  it('preloads only what the first view needs whatever the corpus: the app proper', () => {
    expect(PRELOADED_MODULES).toEqual(['src/ui/Crossings.tsx']);
    for (const module of PRELOADED_MODULES)
      expect(Object.values(LOADING_PLAN).find((entry) => entry.module === module)!.trigger).toBe(
        'first view',
      );
  });
});
