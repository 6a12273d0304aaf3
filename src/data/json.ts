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
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, STRICT);
  const firstError = errors[0];
  if (firstError || !tree) {
    const reason = describeSyntaxError(
      firstError ? printParseErrorCode(firstError.error) : 'ValueExpected',
    );
    return { error: { message: reason, ...lineAndColumn(text, firstError?.offset ?? 0) } };
  }
  return {
    json: {
      value: JSON.parse(text) as unknown,
      positionOf(path) {
        const node: Node | undefined = findNodeAtLocation(tree, [...path]);
        return node ? lineAndColumn(text, node.offset) : undefined;
      },
    },
  };
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
