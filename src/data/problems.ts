/**
 * Problems found in `geo/`, reported all at once and sorted so an author can
 * work through them file by file.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path as the author sees it, e.g. "geo/places.geojson". */
  file: string;
  /** Feature or source id; null when the problem is with the file itself. */
  id: string | null;
  /** Dotted path of the field, e.g. "properties.excerpts[0].quote". */
  field: string | null;
  severity: Severity;
  /** What is wrong and how to fix it. */
  message: string;
  /** 1-based position in the file, when known. */
  line?: number;
  column?: number;
}

/** Sorts by file, then line, then id, so the report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.id ?? '').localeCompare(b.id ?? '') ||
      (a.field ?? '').localeCompare(b.field ?? ''),
  );
}

/** An error about a whole file rather than one of its items. */
export function fileError(file: string, message: string): Problem {
  return { file, id: null, field: null, severity: 'error', message };
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

/**
 * One line per problem, in the `file:line:column` form editors turn into links.
 * @example formatProblem(p) // 'geo/places.geojson:12:7 error [ras-al-ayn] properties.country: …'
 */
export function formatProblem(problem: Problem): string {
  const position = problem.line ? `:${problem.line}:${problem.column ?? 1}` : '';
  const where = [problem.id ? `[${problem.id}]` : null, problem.field].filter(Boolean).join(' ');
  return `${problem.file}${position} ${problem.severity}${where ? ` ${where}` : ''}: ${problem.message}`;
}
