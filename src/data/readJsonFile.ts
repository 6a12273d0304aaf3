/**
 * Reading one authored JSON file against a schema, item by item, so that one
 * broken feature is reported without hiding the problems of the others.
 */
import * as v from 'valibot';
import { parseJsonStrict, type ParsedJson } from './json';
import type { Problem } from './problems';
import { FeatureCollectionShellSchema } from './schema';

/** An item that passed its schema, with where it sits in the file. */
export interface Located<T> {
  value: T;
  index: number;
}

export interface ItemsRead<T> {
  items: Located<T>[];
  /** Ids of items that failed their schema: they still count for duplicate and reference checks. */
  invalidIds: string[];
  /** False when the file could not be read as a whole: references into it are then not checked. */
  readable: boolean;
  problems: Problem[];
  /** Line of item `index` (for problems raised later by cross-file checks). */
  lineOf(index: number, field?: string): number | undefined;
}

type ItemSchema = v.GenericSchema<unknown, { id: string }>;

/** Reads a GeoJSON FeatureCollection whose features must each match `featureSchema`. */
export function readFeatureCollection<T extends { id: string }>(
  file: string,
  text: string,
  featureSchema: v.GenericSchema<unknown, T>,
): ItemsRead<T> {
  return readItems(file, text, featureSchema as ItemSchema, ['features'], (json) => {
    const shell = v.safeParse(FeatureCollectionShellSchema, json.value);
    return shell.success
      ? { items: shell.output.features }
      : {
          error:
            'must be a GeoJSON FeatureCollection: {"type": "FeatureCollection", "features": [ … ]}',
        };
  }) as ItemsRead<T>;
}

/** Reads a JSON array whose items must each match `itemSchema`. */
export function readJsonArray<T extends { id: string }>(
  file: string,
  text: string,
  itemSchema: v.GenericSchema<unknown, T>,
): ItemsRead<T> {
  return readItems(file, text, itemSchema as ItemSchema, [], (json) =>
    Array.isArray(json.value)
      ? { items: json.value as unknown[] }
      : { error: 'must be a JSON array of objects' },
  ) as ItemsRead<T>;
}

function readItems(
  file: string,
  text: string,
  itemSchema: ItemSchema,
  itemsPath: string[],
  itemsOf: (json: ParsedJson) => { items: unknown[] } | { error: string },
): ItemsRead<{ id: string }> {
  const read = unreadable<{ id: string }>();
  const parsed = parseJsonStrict(text);
  if ('error' in parsed) {
    const { message, line, column } = parsed.error;
    read.problems.push({ file, id: null, field: null, severity: 'error', message, line, column });
    return read;
  }
  const { json } = parsed;
  read.lineOf = (index, field) =>
    json.positionOf([...itemsPath, index, ...fieldPath(field)])?.line ??
    json.positionOf([...itemsPath, index])?.line;
  const container = itemsOf(json);
  if ('error' in container) {
    read.problems.push({
      file,
      id: null,
      field: null,
      severity: 'error',
      message: container.error,
      line: 1,
    });
    return read;
  }
  read.readable = true;
  container.items.forEach((item, index) => {
    const result = v.safeParse(itemSchema, item);
    if (result.success) {
      read.items.push({ value: result.output, index });
      return;
    }
    const id = idOf(item);
    if (id !== null) read.invalidIds.push(id);
    for (const issue of result.issues) {
      const field = issueField(issue);
      read.problems.push({
        file,
        id: id ?? `#${index}`,
        field,
        severity: 'error',
        message: issueMessage(issue),
        line: read.lineOf(index, field),
      });
    }
  });
  return read;
}

/** The empty result for a file that could not be read. */
export function unreadable<T>(): ItemsRead<T> {
  return { items: [], invalidIds: [], readable: false, problems: [], lineOf: () => undefined };
}

function idOf(item: unknown): string | null {
  if (typeof item !== 'object' || item === null || !('id' in item)) return null;
  return typeof item.id === 'string' ? item.id : null;
}

function issueField(issue: v.BaseIssue<unknown>): string {
  let field = '';
  for (const step of issue.path ?? []) {
    const key = step.key;
    field += typeof key === 'number' ? `[${key}]` : `${field ? '.' : ''}${String(key)}`;
  }
  return field || '(item)';
}

function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.received === 'undefined')
    return `is required (${expectedOf(issue)})`;
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return 'is not a field of this model: check its spelling, or move free text into "notes"';
  }
  if (issue.message.startsWith('Invalid ')) return `${issue.message.replace(/^Invalid \w+: /, '')}`;
  return issue.message;
}

function expectedOf(issue: v.BaseIssue<unknown>): string {
  return `expected ${issue.expected ?? 'a value'}`;
}

function fieldPath(field: string | undefined): (string | number)[] {
  if (!field || field === '(item)') return [];
  return field
    .split(/\.|\[|\]/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
