/**
 * The direction dependencies point in src/, as a table, and the check that
 * holds the code to it (run by `npm test`, in tests/unit/dependencies.test.ts).
 *
 * Each folder may import only the folders its row names: pure data, geometry
 * and text at the bottom, view models above them, the map above those, the
 * app's UI on top. Modules directly in src/ (the entry, App.tsx) may import
 * anything. Type-only imports count: a type is a dependency too. Dynamic
 * `import()` is code splitting, and only the loading table does it.
 */
import { dirname, join, normalize } from 'node:path';

export const ALLOWED_IMPORTS: Record<string, readonly string[]> = {
  text: [],
  geo: [],
  dom: [],
  types: [],
  loading: [],
  data: ['geo', 'text'],
  places: ['data', 'geo', 'text'],
  view: ['data', 'geo', 'text'],
  search: ['data', 'text', 'view'],
  map: ['data', 'geo', 'text', 'view', 'dom', 'loading'],
  ui: ['data', 'geo', 'text', 'view', 'search', 'dom', 'loading', 'map'],
};

/** The modules that may `import()`: the loading table's loaders. */
export const DYNAMIC_IMPORTERS: readonly string[] = [
  'src/loading/firstView.ts',
  'src/loading/later.ts',
];

export interface DependencyProblem {
  file: string;
  line: number;
  message: string;
}

const STATIC_IMPORT =
  /^\s*(?:import|export)\b[^'"`;]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /(?<!typeof\s)\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The folder of src/ a file belongs to ('' for a module directly in src/), or null outside src/. */
export function folderOf(path: string): string | null {
  const parts = normalize(path).split('/');
  if (parts[0] !== 'src') return null;
  return parts.length > 2 ? parts[1]! : '';
}

/**
 * Every import in `files` (project-relative path → source text) that breaks
 * the table, and every folder cycle the table itself would allow.
 *
 * @example checkDependencies(new Map([['src/map/A.tsx', "import { B } from '../ui/B';"]]))
 * // [{ file: 'src/map/A.tsx', line: 1, message: 'map may not import ui (../ui/B)' }]
 */
export function checkDependencies(files: ReadonlyMap<string, string>): DependencyProblem[] {
  const problems: DependencyProblem[] = [...tableCycles()];
  for (const [file, source] of files) {
    const from = folderOf(file);
    if (from === null) continue;
    const lineAt = (index: number) => source.slice(0, index).split('\n').length;
    for (const match of source.matchAll(STATIC_IMPORT)) {
      const specifier = (match[1] ?? match[2])!;
      if (!specifier.startsWith('.')) continue;
      const to = folderOf(join(dirname(file), specifier));
      if (to === null || to === from || from === '') continue;
      const allowed = ALLOWED_IMPORTS[from];
      if (!allowed)
        problems.push({
          file,
          line: lineAt(match.index),
          message: `${from}/ has no row in the table`,
        });
      else if (to === '' || !allowed.includes(to))
        problems.push({
          file,
          line: lineAt(match.index),
          message: `${from} may not import ${to === '' ? 'the app root' : to} (${specifier})`,
        });
    }
    if (!DYNAMIC_IMPORTERS.includes(file))
      for (const match of source.matchAll(DYNAMIC_IMPORT))
        if (match[1]!.startsWith('.'))
          problems.push({
            file,
            line: lineAt(match.index),
            message: `import(${match[1]}) outside the loading table (src/loading/)`,
          });
  }
  return problems;
}

/** A cycle in the table would let two folders depend on each other. */
function tableCycles(): DependencyProblem[] {
  const problems: DependencyProblem[] = [];
  const visit = (folder: string, path: string[]): void => {
    if (path.includes(folder)) {
      problems.push({
        file: 'scripts/dependencyRule.ts',
        line: 1,
        message: `folder cycle: ${[...path.slice(path.indexOf(folder)), folder].join(' → ')}`,
      });
      return;
    }
    for (const next of ALLOWED_IMPORTS[folder] ?? []) visit(next, [...path, folder]);
  };
  for (const folder of Object.keys(ALLOWED_IMPORTS)) visit(folder, []);
  return problems;
}

/**
 * Import cycles between the files of the pure folders, whose modules the
 * build, the CLI and the browser all load: `a → b → a` there is a tangle.
 */
export function fileCycles(
  files: ReadonlyMap<string, string>,
  folders: readonly string[],
): string[][] {
  const edges = new Map<string, string[]>();
  for (const [file, source] of files) {
    if (!folders.includes(folderOf(file) ?? '-')) continue;
    const targets: string[] = [];
    for (const match of source.matchAll(STATIC_IMPORT)) {
      const specifier = (match[1] ?? match[2])!;
      if (!specifier.startsWith('.')) continue;
      const base = join(dirname(file), specifier);
      const target = ['.ts', '.tsx', '/index.ts']
        .map((ext) => base + ext)
        .find((p) => files.has(p));
      if (target) targets.push(target);
    }
    edges.set(file, targets);
  }
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const walk = (file: string, path: string[]) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      cycles.push([...path.slice(path.indexOf(file)), file]);
      return;
    }
    state.set(file, 'open');
    for (const next of edges.get(file) ?? []) walk(next, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of edges.keys()) walk(file, []);
  return cycles;
}
