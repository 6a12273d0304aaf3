/**
 * Strict JSON parsing that says where a syntax error is, and finds the line
 * of any value, so problems point into the file the author edits.
 */
import {
  findNodeAtLocation,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';

export interface ParsedJson {
  value: unknown;
  /** Line/column of the value at a JSON path, for problem reports. */
  positionOf(path: readonly (string | number)[]): { line: number; column: number } | undefined;
}

export interface JsonSyntaxError {
  message: string;
  line: number;
  column: number;
}

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/**
 * @example parseJsonStrict('{"a": 1,}') // { error: { message: 'PropertyNameExpected', line: 1, column: 9 } }
 */
export function parseJsonStrict(text: string): { json: ParsedJson } | { error: JsonSyntaxError } {
  if (text.trim() === '') return { error: { message: 'the file is empty', line: 1, column: 1 } };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: syntaxErrorOf(text) };
  }
  // The syntax tree (several times the text in memory) is only built once a problem needs a line.
  let tree: Node | undefined;
  let locate: ((offset: number) => { line: number; column: number }) | undefined;
  return {
    json: {
      value,
      positionOf(path) {
        tree ??= parseTree(text, [], STRICT);
        const node = tree && findNodeAtLocation(tree, [...path]);
        if (!node) return undefined;
        locate ??= lineLocator(text);
        return locate(node.offset);
      },
    },
  };
}

/** Where and why `JSON.parse` refused the text, in words an author can act on. */
function syntaxErrorOf(text: string): JsonSyntaxError {
  const errors: ParseError[] = [];
  parseTree(text, errors, STRICT);
  const firstError = errors[0];
  const reason = describeSyntaxError(
    firstError ? printParseErrorCode(firstError.error) : 'ValueExpected',
  );
  return { message: reason, ...lineAndColumn(text, firstError?.offset ?? 0) };
}

const SYNTAX_ERRORS: Record<string, string> = {
  PropertyNameExpected: 'a property name in double quotes was expected (trailing comma?)',
  CommaExpected: 'a comma was expected between values',
  ColonExpected: 'a colon was expected after the property name',
  ValueExpected: 'a value was expected (trailing comma or missing value?)',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'the file should end here (extra text after the JSON value?)',
  InvalidCommentToken: 'JSON has no comments; move the note into a "notes" property',
  UnexpectedEndOfString: 'a string is not closed with "',
  InvalidSymbol: 'an unexpected character (single quotes or an unquoted word?)',
};

function describeSyntaxError(code: string): string {
  return `malformed JSON: ${SYNTAX_ERRORS[code] ?? code}`;
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * `lineAndColumn` for many offsets into one text: the line starts are found
 * once, so locating every feature of a 100,000-feature file stays linear.
 */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}
