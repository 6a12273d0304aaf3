/**
 * `sources.json` and the article texts beside it: every source has its text,
 * byte for byte as delivered, and says how its date was read.
 */
import { fileError, type Problem } from './problems';
import { readJsonArray, type Located } from './readJsonFile';
import { finestPart, isQualifiedDate, unwrittenDateParts } from './datesInText';
import { PUBLISHED_EVIDENCE, SourceSchema, type Source } from './schema';

export const SOURCES_FILE = 'sources.json';
export const SOURCE_TEXT_DIR = 'sources/';

export interface SourcesRead {
  sources: Located<Source>[];
  /** Decoded text of each source that has one, by source id. */
  texts: Map<string, string>;
  /** Every id listed in sources.json, valid or not; null when the file could not be read. */
  knownIds: Set<string> | null;
  problems: Problem[];
}

export function sourceTextPath(id: string): string {
  return `${SOURCE_TEXT_DIR}${id}.txt`;
}

/**
 * @param files every file under the corpus root, by path relative to it.
 * @param root how the corpus root is shown to the author, e.g. "geo".
 */
export async function validateSources(
  files: ReadonlyMap<string, Uint8Array>,
  root: string,
): Promise<SourcesRead> {
  const file = `${root}/${SOURCES_FILE}`;
  const bytes = files.get(SOURCES_FILE);
  if (!bytes) {
    const problem = fileError(
      file,
      `is missing: list the articles there (see README, "Adding an article")`,
    );
    return { sources: [], texts: new Map(), knownIds: null, problems: [problem] };
  }
  const text = decodeUtf8(bytes);
  if (text === null)
    return {
      sources: [],
      texts: new Map(),
      knownIds: null,
      problems: [fileError(file, NOT_UTF8)],
    };

  const read = readJsonArray(file, text, SourceSchema);
  const problems = [...read.problems];
  const texts = new Map<string, string>();
  const seen = new Set<string>();
  for (const { value: source, index } of read.items) {
    const report = (field: string, message: string) =>
      problems.push({
        file,
        id: source.id,
        field,
        severity: 'error',
        message,
        line: read.lineOf(index, field),
      });
    if (seen.has(source.id))
      report('id', `is used by an earlier source too: source ids must be unique`);
    seen.add(source.id);
    if (source.published !== null && source.publishedInferredFrom === null) {
      report(
        'publishedInferredFrom',
        'is required when "published" is set: say where in the text the date comes from',
      );
    }
    const sourceText = await checkSourceText(files, root, source, report);
    if (sourceText !== null) texts.set(source.id, sourceText);
    checkPublishedEvidence(source, sourceText, report);
  }
  const knownIds = read.readable ? new Set([...seen, ...read.invalidIds]) : null;
  if (knownIds) problems.push(...textsWithoutMetadata(files, root, knownIds));
  return { sources: read.items, texts, knownIds, problems };
}

/**
 * A date of publication is no more precise than its evidence: a dateline's
 * parts are written in the text; a lower bound alone (the latest event the
 * text reports as news) supports a month at most, an upper bound alone (a
 * reader comment) a year, since nothing says how much earlier it was written.
 */
function checkPublishedEvidence(
  source: Source,
  sourceText: string | null,
  report: (field: string, message: string) => void,
): void {
  const { published, publishedEvidence } = source;
  if (published === null) return;
  if (!publishedEvidence) {
    report(
      'publishedEvidence',
      `is required when "published" is set: one of ${PUBLISHED_EVIDENCE.join(', ')}`,
    );
    return;
  }
  if (publishedEvidence === 'dateline') {
    const missing = sourceText === null ? [] : unwrittenDateParts(published, [sourceText]);
    if (missing.length > 0)
      report(
        'published',
        `"${published}" is said to come from the dateline, but the text does not write its ${missing.map((part) => part.part).join(', ')}`,
      );
    return;
  }
  const finest = finestPart(published);
  const allowed =
    publishedEvidence === 'upper bound'
      ? 'year'
      : publishedEvidence === 'lower bound'
        ? 'month'
        : 'day';
  const order = ['year', 'month', 'day'];
  if (order.indexOf(finest) > order.indexOf(allowed))
    report(
      'published',
      `"${published}" gives a ${finest}, but an ${publishedEvidence} alone supports a ${allowed} at most: ` +
        `nothing in the text says how far from that bound it was published`,
    );
  else if (!isQualifiedDate(published))
    report(
      'published',
      `"${published}" is inferred (${publishedEvidence}): mark it uncertain with "?"`,
    );
}

const NOT_UTF8 = 'is not valid UTF-8: save it as UTF-8 (without changing its words)';

async function checkSourceText(
  files: ReadonlyMap<string, Uint8Array>,
  root: string,
  source: Source,
  report: (field: string, message: string) => void,
): Promise<string | null> {
  const path = sourceTextPath(source.id);
  const bytes = files.get(path);
  if (!bytes) {
    report(
      'id',
      `has no text: ${root}/${path} is missing. Add the article there, byte for byte as delivered`,
    );
    return null;
  }
  const digest = await sha256Hex(bytes);
  if (digest !== source.sha256) {
    report(
      'sha256',
      `${root}/${path} differs from its metadata (its SHA-256 is ${digest}). Source texts stay byte-identical ` +
        `to the delivered article; if this text is the right one, set "sha256" to that value`,
    );
  }
  const text = decodeUtf8(bytes);
  if (text === null) report('id', `${root}/${path} ${NOT_UTF8}`);
  return text;
}

function textsWithoutMetadata(
  files: ReadonlyMap<string, Uint8Array>,
  root: string,
  ids: Set<string>,
): Problem[] {
  const orphans = [...files.keys()].filter(
    (path) =>
      path.startsWith(SOURCE_TEXT_DIR) &&
      !ids.has(path.slice(SOURCE_TEXT_DIR.length).replace(/\.txt$/, '')),
  );
  return orphans.map((path) => ({
    file: `${root}/${path}`,
    id: null,
    field: null,
    severity: 'warning' as const,
    message: `has no entry in ${root}/${SOURCES_FILE}: add one whose "id" is the file name without ".txt", or remove the file`,
  }));
}

/** Decodes strictly: a file that is not UTF-8 is reported, never silently mangled. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Lowercase hex SHA-256, as `sources.json` records it. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
