import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_IMPORT_BYTES,
  parseImportedLayer,
  type ImportErrorCode,
  type ImportResult,
} from '../../src/data/importLayer';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');
const read = (path: string) => new Uint8Array(readFileSync(join(FIXTURES, path)));
const parse = (bytes: Uint8Array, name = 'test.geojson') =>
  parseImportedLayer(bytes, name, 'import-1');
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

const ERROR_CODES: ImportErrorCode[] = [
  'unreadable',
  'too-large',
  'not-utf8',
  'not-json',
  'not-geojson',
  'invalid-geometry',
  'out-of-range',
  'swapped',
  'empty',
];

interface Expected {
  code: ImportErrorCode;
  message: string;
  line?: number;
}
const expectedErrors = JSON.parse(
  readFileSync(join(FIXTURES, 'bad', 'expected.json'), 'utf8'),
) as Record<string, Expected>;

describe('a bad file gets one specific error', () => {
  it('has an expectation for every bad fixture, and a fixture for every expectation', () => {
    const files = readdirSync(join(FIXTURES, 'bad')).filter((name) => name !== 'expected.json');
    expect(files.sort()).toEqual(Object.keys(expectedErrors).sort());
  });

  for (const [file, expected] of Object.entries(expectedErrors)) {
    it(`${file}: ${expected.code}`, () => {
      const result = parse(read(`bad/${file}`), file);
      if (!('error' in result)) throw new Error(`${file} was accepted`);
      expect(result.error.code).toBe(expected.code);
      expect(result.error.message).toContain(expected.message);
      expect(result.error.fileName).toBe(file);
      if (expected.line !== undefined) expect(result.error.line).toBe(expected.line);
    });
  }

  it('every error code has a fixture, except the size limit (tested below without a 20 MB file in git) and a file the browser cannot read', () => {
    const covered = new Set(Object.values(expectedErrors).map((expected) => expected.code));
    expect(ERROR_CODES.filter((code) => !covered.has(code))).toEqual(['unreadable', 'too-large']);
  });

  it('a file over the limit is refused before it is read, and the message states the limit', () => {
    const result = parse(new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(result).toMatchObject({
      error: {
        code: 'too-large',
        message: expect.stringContaining('(20,971,521 bytes); the limit is 20.0 MB'),
      },
    });
  });

  it('says where a syntax error is', () => {
    const result = parse(read('bad/not-json.geojson'));
    expect(result).toMatchObject({ error: { line: 5, column: 3 } });
  });
});

describe('a good file becomes a layer', () => {
  it('keeps every drawable feature, with a title, its properties and where its popup opens', () => {
    const result = parse(read('good/field-notes.geojson'), 'field-notes.geojson');
    if (!('layer' in result)) throw new Error(result.error.message);
    const { layer } = result;
    expect(layer.fileName).toBe('field-notes.geojson');
    expect(layer.features.map((feature) => feature.title)).toEqual([
      'Checkpoint seen on 2019-10-12',
      'Road watched',
      'Feature 3',
    ]);
    expect(layer.withoutGeometry).toBe(1);
    expect(layer.features[0]).toMatchObject({
      key: 'import-1:0',
      id: 'checkpoint-1',
      anchor: [36.7301, 40.2312],
      properties: { vehicles: 4, tags: ['checkpoint', 'road'] },
      excerpts: null,
    });
    expect(layer.bbox).toEqual([40.0, 36.5, 40.7483, 36.8503]);
  });

  it('recognises excerpts in the project shape', () => {
    const result = parse(read('good/with-excerpts.geojson'));
    if (!('layer' in result)) throw new Error(result.error.message);
    expect(result.layer.features[0]!.excerpts).toHaveLength(3);
    expect(result.layer.features[0]!.excerpts![0]!.source).toBe('isis-flee-to-turkey');
  });

  it('takes a bare geometry or a single feature as a layer of one', () => {
    for (const root of [
      { type: 'Point', coordinates: [40, 36] },
      { type: 'Feature', properties: null, geometry: { type: 'Point', coordinates: [40, 36] } },
    ]) {
      const result = parse(encode(root));
      expect('layer' in result && result.layer.features.length).toBe(1);
    }
  });

  it('reads a UTF-8 file with a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...read('good/field-notes.geojson')]);
    expect('layer' in parse(bytes)).toBe(true);
  });

  it('an export from Crossings reads back with its excerpts', () => {
    const exported = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'tall-tamr',
          properties: {
            name: 'Tall Tamr',
            excerpts: [{ source: 's', quote: 'q' }],
            layer: 'Smuggling route',
          },
          geometry: { type: 'Point', coordinates: [40.37079, 36.65556] },
        },
      ],
    };
    const result = parse(encode(exported));
    expect('layer' in result && result.layer.features[0]!.excerpts).toEqual([
      { source: 's', quote: 'q' },
    ]);
  });
});

/** A layer or an error, and nothing else: the contract the UI relies on. */
function expectWellFormed(result: ImportResult): void {
  if ('error' in result) {
    expect(ERROR_CODES).toContain(result.error.code);
    expect(result.error.message.length).toBeGreaterThan(10);
    return;
  }
  expect(result.layer.features.length).toBeGreaterThan(0);
  for (const feature of result.layer.features) {
    const [lat, lng] = feature.anchor;
    expect(Math.abs(lat) <= 90 && Math.abs(lng) <= 180).toBe(true);
  }
}

const position = fc.tuple(
  fc.double({ min: -200, max: 200, noNaN: true }),
  fc.double({ min: -100, max: 100, noNaN: true }),
);
const geometry = fc.oneof(
  fc.record({ type: fc.constant('Point'), coordinates: position }),
  fc.record({ type: fc.constant('LineString'), coordinates: fc.array(position, { maxLength: 5 }) }),
  fc.record({
    type: fc.constant('Polygon'),
    coordinates: fc.array(fc.array(position, { maxLength: 6 }), { maxLength: 2 }),
  }),
  fc.record({ type: fc.constantFrom('MultiPoint', 'Nonsense'), coordinates: fc.anything() }),
  fc.constant(null),
);
const feature = fc.record(
  {
    type: fc.constantFrom('Feature', 'feature'),
    id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
    properties: fc.oneof(fc.constant(null), fc.dictionary(fc.string(), fc.jsonValue())),
    geometry,
  },
  { requiredKeys: ['type'] },
);
const geojsonLike = fc.oneof(
  fc.record({
    type: fc.constant('FeatureCollection'),
    features: fc.array(feature, { maxLength: 6 }),
  }),
  feature,
  geometry,
);

describe('for any input it returns a layer or a structured error, never throws or hangs', () => {
  // Each run is bounded by the generators' sizes; vitest's timeout catches a hang.
  it('any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => expectWellFormed(parse(bytes))),
      { numRuns: 500 },
    );
  });

  it('any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) =>
        expectWellFormed(parse(new TextEncoder().encode(text))),
      ),
      { numRuns: 500 },
    );
  });

  it('any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectWellFormed(parse(encode(value)))),
      { numRuns: 500 },
    );
  });

  it('anything shaped like GeoJSON, valid or not', () => {
    fc.assert(
      fc.property(geojsonLike, (value) => expectWellFormed(parse(encode(value)))),
      { numRuns: 1000 },
    );
  });

  it('valid GeoJSON with positions on the globe is always accepted, feature for feature', () => {
    const onGlobe = fc.tuple(
      fc.double({ min: -180, max: 180, noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: -90, max: 90, noNaN: true, noDefaultInfinity: true }),
    );
    const point = fc.record({ type: fc.constant('Point'), coordinates: onGlobe });
    const collection = fc.array(
      fc.record({ type: fc.constant('Feature'), properties: fc.constant({}), geometry: point }),
      { minLength: 1, maxLength: 20 },
    );
    fc.assert(
      fc.property(collection, (features) => {
        const result = parse(encode({ type: 'FeatureCollection', features }));
        expect('layer' in result && result.layer.features.length).toBe(features.length);
      }),
      { numRuns: 300 },
    );
  });

  it('nesting deep enough to overflow a parser is an error, not a crash', () => {
    const deep = new TextEncoder().encode(
      `{"type":"Point","coordinates":${'['.repeat(200_000)}${']'.repeat(200_000)}}`,
    );
    expectWellFormed(parse(deep));
  });
});

describe('where a file stops being UTF-8', () => {
  const firstBadByte = (bytes: number[]) => {
    const result = parse(new Uint8Array(bytes));
    if (!('error' in result)) throw new Error('accepted');
    return Number(/byte (\d+)/.exec(result.error.message)![1]);
  };
  const quote = 0x22;
  it('names the byte that starts the bad character, counting from 1', () => {
    expect(firstBadByte([quote, 0xff, quote])).toBe(2);
    // é (C3 A9) is fine; the stray continuation byte after it is not.
    expect(firstBadByte([quote, 0xc3, 0xa9, 0xa9, quote])).toBe(4);
    // A three-byte lead cut short by an ASCII letter.
    expect(firstBadByte([quote, 0x61, 0xee, 0x6e, quote])).toBe(3);
    expect(firstBadByte([quote, 0xe2, 0x80, 0x41, quote])).toBe(2);
  });
});
