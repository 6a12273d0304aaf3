/** Reading articles for the place finder, with a clear error for each file it cannot use. */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeUtf8 } from '../../src/data/validateSources';
import type { PlaceFinding } from '../../src/places/findPlaces';

export interface ArticleResult {
  file: string;
  finding: PlaceFinding;
}

export interface ArticleError {
  file: string;
  error: string;
}

/** Files as given; a folder stands for every .txt file in it, in name order. */
export async function listArticles(
  paths: readonly string[],
  errors: ArticleError[],
): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const stats = await stat(path).catch(() => null);
    if (!stats) errors.push({ file: path, error: 'no such file or folder' });
    else if (stats.isDirectory()) {
      const names = (await readdir(path)).filter((name) => name.endsWith('.txt')).sort();
      if (names.length === 0) errors.push({ file: path, error: 'has no .txt articles' });
      files.push(...names.map((name) => join(path, name)));
    } else files.push(path);
  }
  return files;
}

export async function readArticle(file: string): Promise<{ text: string } | ArticleError> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { file, error: `cannot be read (${(error as NodeJS.ErrnoException).code ?? error})` };
  }
  const text = decodeUtf8(bytes);
  if (text === null)
    return {
      file,
      error: 'is not valid UTF-8: save it as UTF-8 (without changing its words) and run again',
    };
  if (text.trim() === '') return { file, error: 'is empty: there is no text to find places in' };
  return { text };
}
