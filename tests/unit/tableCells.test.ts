import { describe, expect, it } from 'vitest';
import { detectColumns, foldHeader } from '../../src/data/table/columns';
import { numericDateOrder, parseDecimal, readDate } from '../../src/data/table/cells';
import { decodeSpreadsheetText } from '../../src/data/table/decodeText';

describe('decoding a spreadsheet export', () => {
  const text = 'location;latitude\nŞanlıurfa;37,16\n';
  it('reads UTF-8 with and without its byte-order mark', () => {
    const utf8 = new TextEncoder().encode(text);
    expect(decodeSpreadsheetText(utf8)).toEqual({ text, encoding: 'UTF-8', replaced: 0 });
    const marked = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeSpreadsheetText(marked)).toEqual({ text, encoding: 'UTF-8', replaced: 0 });
  });

  it('reads UTF-16 in either byte order, marked or not', () => {
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      le[2 * i] = text.charCodeAt(i) & 0xff;
      le[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    const be = le.map((_, i) => le[i ^ 1]!);
    expect(decodeSpreadsheetText(new Uint8Array([0xff, 0xfe, ...le]))).toEqual({
      text,
      encoding: 'UTF-16LE',
      replaced: 0,
    });
    expect(decodeSpreadsheetText(new Uint8Array([0xfe, 0xff, ...be]))).toEqual({
      text,
      encoding: 'UTF-16BE',
      replaced: 0,
    });
    expect(decodeSpreadsheetText(le).encoding).toBe('UTF-16LE');
    expect(decodeSpreadsheetText(be).encoding).toBe('UTF-16BE');
  });

  it('reads a UTF-8 file with a stray bad byte as UTF-8, and counts what it could not read', () => {
    // One byte cut from a pasted cell: the rest of the file's letters must stay as written.
    const good = new TextEncoder().encode(
      text + 'Ceylanpınar;36,85\nAkçakale;36,71\nKızıltepe;37,19\n',
    );
    const broken = new Uint8Array([...good.subarray(0, 10), 0xff, ...good.subarray(10)]);
    const decoded = decodeSpreadsheetText(broken);
    expect(decoded.encoding).toBe('UTF-8');
    expect(decoded.replaced).toBe(1);
    expect(decoded.text).toContain('Şanlıurfa');
    expect(decoded.text).toContain('Ceylanpınar');
    expect(decoded.text).toContain('\uFFFD');
  });

  it('keeps a Windows-1252 file whose capitals happen to make a UTF-8 pair as Windows-1252', () => {
    // "JOSÉ’S;RENÉ’S;café": É’ is C9 92, a valid UTF-8 pair; é alone (E9) is not.
    const latin = (text: string) =>
      [...text].map((c) => ({ É: 0xc9, '’': 0x92, é: 0xe9 })[c] ?? c.charCodeAt(0));
    const bytes = new Uint8Array(latin('JOSÉ’S;RENÉ’S;café\n'));
    expect(decodeSpreadsheetText(bytes)).toMatchObject({
      text: 'JOSÉ’S;RENÉ’S;café\n',
      encoding: 'Windows-1252',
    });
  });

  it('counts each unreadable sequence once, as the decoder replaces it', () => {
    const ascii = new TextEncoder().encode('Şanlıurfa;Ceylanpınar;Akçakale;Öncül;Kızıltepe;');
    // A cut three-byte sequence (E2 82, then "A") is one U+FFFD; a file's own U+FFFD is not counted.
    const bytes = new Uint8Array([...ascii, 0xe2, 0x82, 0x41, 0xef, 0xbf, 0xbd]);
    const decoded = decodeSpreadsheetText(bytes);
    expect(decoded.encoding).toBe('UTF-8');
    expect(decoded.replaced).toBe(1);
  });

  it('reads Windows-1252 where the bytes are not UTF-8', () => {
    // "Hasaké;36,5" as Excel writes it on a Western Windows: é is the single byte 0xE9.
    const bytes = new Uint8Array(
      [...'Hasak'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x3b, 0x33]),
    );
    expect(decodeSpreadsheetText(bytes)).toEqual({
      text: 'Hasaké;3',
      encoding: 'Windows-1252',
      replaced: 0,
    });
    // The bytes 0x80–0x9F are Windows-1252's own letters and signs, not control codes.
    expect(decodeSpreadsheetText(new Uint8Array([0x80, 0x93, 0x94])).text).toBe('€“”');
  });
});

describe('telling the columns of an event table', () => {
  it('finds an ACLED-style export’s columns', () => {
    const header = [
      'event_id_cnty',
      'event_date',
      'event_type',
      'admin1',
      'location',
      'latitude',
      'longitude',
      'geo_precision',
      'fatalities',
      'notes',
    ];
    expect(detectColumns(header)).toEqual({
      lat: 5,
      lon: 6,
      date: 1,
      start: null,
      end: null,
      name: 4,
      precision: 7,
    });
  });

  it('folds case, spaces and punctuation, and prefers the fuller name', () => {
    expect(foldHeader('Event Date')).toBe('eventdate');
    expect(detectColumns(['X', 'Y', 'Longitude', 'Latitude', 'Name'])).toMatchObject({
      lat: 3,
      lon: 2,
      name: 4,
    });
    expect(detectColumns(['lng', 'lat'])).toMatchObject({ lat: 1, lon: 0 });
  });

  it('takes a start and an end only as a pair', () => {
    expect(detectColumns(['Start date', 'End date', 'lat', 'lon'])).toMatchObject({
      date: null,
      start: 0,
      end: 1,
    });
    expect(detectColumns(['start', 'lat', 'lon'])).toMatchObject({ start: null, end: null });
  });

  it('leaves the coordinates unknown when no column is named for them', () => {
    expect(detectColumns(['place', 'north', 'east'])).toMatchObject({
      lat: null,
      lon: null,
      name: 0,
    });
  });
});

describe('reading cells', () => {
  it('reads decimal points and decimal commas, and nothing else', () => {
    expect(parseDecimal('36.85')).toBe(36.85);
    expect(parseDecimal(' 36,85 ')).toBe(36.85);
    expect(parseDecimal('-0,5')).toBe(-0.5);
    expect(parseDecimal('40')).toBe(40);
    for (const bad of ['', ' ', '36.85.1', '36,850,1', '36°N', 'N/A', '1e3', '0x10'])
      expect(parseDecimal(bad)).toBeNull();
  });

  it('reads the date forms exports and people write', () => {
    const cases: [string, string][] = [
      ['2019-03-12', '2019-03-12'],
      ['2019-3-2', '2019-03-02'],
      ['2019/03/12', '2019-03-12'],
      ['2019-03-12T08:30:00Z', '2019-03-12'],
      ['2019-03', '2019-03'],
      ['2019', '2019'],
      ['12 March 2019', '2019-03-12'],
      ['12 Mar 2019', '2019-03-12'],
      ['1st Sept 2019', '2019-09-01'],
      ['March 12, 2019', '2019-03-12'],
      ['March 2019', '2019-03'],
      ['25/12/2019', '2019-12-25'],
      ['12/25/2019', '2019-12-25'],
    ];
    for (const [text, date] of cases) expect(readDate(text, null), text).toEqual({ date });
  });

  it('keeps an EDTF qualifier beside the date, as a Crossings export writes it', () => {
    expect(readDate('2017-09-25?', null)).toEqual({ date: '2017-09-25', hedge: '?' });
    expect(readDate('2017~', null)).toEqual({ date: '2017', hedge: '~' });
    expect(readDate('2017-09%', null)).toEqual({ date: '2017-09', hedge: '%' });
    expect(readDate('12 March 2019?', null)).toEqual({ problem: 'unreadable' });
  });

  it('says why a date cannot be read rather than guessing', () => {
    expect(readDate('', null)).toBeNull();
    expect(readDate('05/04/2019', null)).toEqual({ problem: 'day-or-month' });
    expect(readDate('05/04/2019', 'day-first')).toEqual({ date: '2019-04-05' });
    expect(readDate('05/04/2019', 'month-first')).toEqual({ date: '2019-05-04' });
    expect(readDate('2019-02-30', null)).toEqual({ problem: 'not-a-day' });
    expect(readDate('2019-13', null)).toEqual({ problem: 'not-a-day' });
    expect(readDate('last spring', null)).toEqual({ problem: 'unreadable' });
    expect(readDate('12 Smarch 2019', null)).toEqual({ problem: 'unreadable' });
  });

  it('learns a column’s day/month order from the dates that tell it', () => {
    expect(numericDateOrder(['05/04/2019', '25/04/2019'])).toBe('day-first');
    expect(numericDateOrder(['05/04/2019', '04/25/2019'])).toBe('month-first');
    expect(numericDateOrder(['05/04/2019', '06/04/2019'])).toBeNull();
    expect(numericDateOrder(['25/04/2019', '04/25/2019'])).toBeNull();
  });
});
