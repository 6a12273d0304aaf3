import { describe, expect, it } from 'vitest';
import { parseJsonStrict } from '../../src/data/json';

describe('parseJsonStrict', () => {
  it('reports a trailing comma with its line and column', () => {
    expect(parseJsonStrict('{\n  "a": 1,\n}')).toEqual({
      error: { message: expect.stringContaining('trailing comma') as string, line: 3, column: 1 },
    });
  });

  it('rejects comments, which JSON does not allow', () => {
    const result = parseJsonStrict('{ "a": 1 // note\n}');
    expect('error' in result && result.error.message).toContain('JSON has no comments');
  });

  it('reports an empty file', () => {
    expect(parseJsonStrict('')).toEqual({
      error: { message: 'the file is empty', line: 1, column: 1 },
    });
  });

  it('finds the line of a value by its path', () => {
    const result = parseJsonStrict('{\n  "features": [\n    {"id": "a"},\n    {"id": "b"}\n  ]\n}');
    if (!('json' in result)) throw new Error('expected valid JSON');
    expect(result.json.positionOf(['features', 1, 'id'])).toEqual({ line: 4, column: 12 });
    expect(result.json.positionOf(['features', 7])).toBeUndefined();
  });
});
