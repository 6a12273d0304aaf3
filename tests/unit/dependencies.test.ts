import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDependencies, fileCycles } from '../../scripts/dependencyRule';

const ROOT = join(import.meta.dirname, '..', '..');

async function sourceFiles(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const entries = await readdir(join(ROOT, 'src'), { recursive: true, withFileTypes: true });
  for (const entry of entries)
    if (entry.isFile() && /\.tsx?$/.test(entry.name)) {
      const path = join(entry.parentPath, entry.name);
      files.set(relative(ROOT, path), await readFile(path, 'utf8'));
    }
  return files;
}

describe('the dependency rule', () => {
  it('holds for every file in src/: no upward import, no import() outside the loading table', async () => {
    const problems = checkDependencies(await sourceFiles());
    expect(problems.map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([]);
  });

  it('finds no import cycle between the files of data/, geo/ and view/', async () => {
    expect(fileCycles(await sourceFiles(), ['data', 'geo', 'view'])).toEqual([]);
  });

  it('fails on an upward import, naming the file, the line and the folders', () => {
    const files = new Map([
      [
        'src/map/Marker.tsx',
        "import { memo } from 'react';\nimport { Popup } from '../ui/popups/Popup';\n",
      ],
      ['src/geo/routes.ts', "import type { CompiledRoute } from '../data/compiled';\n"],
      ['src/view/format.ts', "export { sourceTitle } from '../ui/format';\n"],
      ['src/data/loader.ts', "import { App } from '../App';\n"],
      ['src/ui/Panel.tsx', "import { FeatureList } from '../map/FeatureList';\n"],
    ]);
    expect(checkDependencies(files)).toEqual([
      {
        file: 'src/map/Marker.tsx',
        line: 2,
        message: 'map may not import ui (../ui/popups/Popup)',
      },
      { file: 'src/geo/routes.ts', line: 1, message: 'geo may not import data (../data/compiled)' },
      { file: 'src/view/format.ts', line: 1, message: 'view may not import ui (../ui/format)' },
      { file: 'src/data/loader.ts', line: 1, message: 'data may not import the app root (../App)' },
    ]);
  });

  it('fails on code splitting outside the loading table', () => {
    const files = new Map([
      ['src/ui/Panel.tsx', "const Figures = lazy(() => import('./FiguresPanel'));\n"],
      ['src/loading/later.ts', "const figures = () => import('../ui/FiguresPanel');\n"],
      ['src/view/types.ts', "type Walks = typeof import('./routeWalk');\n"],
    ]);
    expect(checkDependencies(files)).toEqual([
      {
        file: 'src/ui/Panel.tsx',
        line: 1,
        message: 'import(./FiguresPanel) outside the loading table (src/loading/)',
      },
    ]);
  });

  it('finds a cycle between two files', () => {
    const files = new Map([
      ['src/data/a.ts', "import { b } from './b';\n"],
      ['src/data/b.ts', "import { a } from './a';\n"],
    ]);
    expect(fileCycles(files, ['data'])).toEqual([
      ['src/data/a.ts', 'src/data/b.ts', 'src/data/a.ts'],
    ]);
  });
});
