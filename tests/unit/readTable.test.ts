import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rowExcerpts } from '../../src/data/table/tableExcerpts';
import {
  cellText,
  FIRST_PROBLEMS,
  NO_DAY,
  readTable,
  type TableReading,
} from '../../src/data/table/readTable';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/tables/${name}`));
const day = (iso: string) => Date.parse(iso) / 86_400_000;

function read(bytes: Uint8Array, options?: Parameters<typeof readTable>[1]): TableReading {
  const result = readTable(bytes, options);
  if ('code' in result) throw new Error(result.message);
  return result;
}

/** A placed row's cell in the named column. */
function cell(table: TableReading, index: number, column: string): string {
  return cellText(table.placed.cells[table.header.indexOf(column)]!, index);
}

describe('reading an ACLED-style event export', () => {
  const table = read(fixture('events-acled.csv'));

  it('places the rows it can, keeping every cell as text, with its row number', () => {
    expect(table.encoding).toBe('UTF-8');
    expect(table.delimiter).toBe(',');
    expect(table.rows).toBe(12);
    const placed = [...table.placed.row];
    // Row 13 is blank: the last row is the spreadsheet's row 14.
    expect(placed).toEqual([2, 3, 4, 5, 6, 11, 14]);
    expect(table.placed.lat[0]).toBe(36.6526);
    expect(table.placed.lon[0]).toBe(40.3717);
    expect(cell(table, 0, 'location')).toBe('Tall Tamr');
    expect(cell(table, 0, 'notes')).toBe('IED on the road to Al Hasakah, two killed');
    expect(cell(table, 6, 'event_id_cnty')).toBe('SYR1012');
  });

  it('offers the columns of few values to colour by, most frequent value first', () => {
    const byName = (name: string) =>
      table.categories.find((category) => category.column === table.header.indexOf(name));
    expect(table.categories.map((category) => table.header[category.column])).toEqual([
      'event_type',
      'geo_precision',
      'fatalities',
    ]);
    const types = byName('event_type')!;
    expect(types.values).toEqual([
      'Battles',
      'Protests',
      'Strategic developments',
      'Explosions/Remote violence',
    ]);
    expect(types.counts).toEqual([2, 2, 2, 1]);
    expect([...types.codes]).toEqual([3, 0, 1, 2, 2, 1, 0]);
  });

  it('keeps the precision code of each placed row', () => {
    expect([...table.placed.precision]).toEqual([1, 2, 3, 1, 1, 1, 2]);
  });

  it('skips the rows it cannot place and says which and why', () => {
    expect(table.skipped.count).toBe(5);
    expect(table.skipped.first.map((problem) => problem.message)).toEqual([
      'Row 7: the latitude and the longitude are empty.',
      'Row 8: the latitude “3a.5” is not a number.',
      'Row 9: the latitude 140.1 is outside −90 to 90 (are latitude and longitude swapped?).',
      'Row 10: the coordinates are 0, 0, which stands for none.',
      "Row 12: it has 3 of the header's 10 columns, so no coordinates.",
    ]);
  });

  it('reads each row’s date at its own precision, and keeps rows with unreadable dates as undated', () => {
    const { start, end } = table.placed;
    expect([start[0], end[0]]).toEqual([day('2019-03-12'), day('2019-03-12')]);
    expect(start[1]).toBe(day('2019-03-14'));
    // 14/03/2019 tells the column's order by itself (no month 14).
    expect(start[2]).toBe(day('2019-03-14'));
    expect([start[3], end[3]]).toEqual([day('2019-03-01'), day('2019-03-31')]);
    expect([start[4], end[4]]).toEqual([NO_DAY, NO_DAY]); // no date given: undated, not a problem
    expect([start[5], start[6]]).toEqual([NO_DAY, NO_DAY]);
    expect(table.undated.count).toBe(2);
    expect(table.undated.first.map((problem) => problem.message)).toEqual([
      'Row 11: the date “sometime in spring” is not in a form the import reads.',
      'Row 14: the date “2019-02-30” is not a day of the calendar.',
    ]);
  });
});

describe('files as spreadsheet programs write them', () => {
  it('asks for the coordinate columns when no header names them, then reads what was picked', () => {
    const bytes = fixture('semicolon-windows-1252.csv');
    const unpicked = readTable(bytes);
    expect(unpicked).toMatchObject({
      code: 'no-coordinates',
      header: ['Ort', 'Breite', 'Länge', 'Datum', 'Genauigkeit', 'Notiz'],
    });
    const table = read(bytes, { roles: { lat: 1, lon: 2, date: 3, precision: 4, name: 0 } });
    expect(table.encoding).toBe('Windows-1252');
    expect(table.delimiter).toBe(';');
    // Decimal commas.
    expect([...table.placed.lat]).toEqual([37.1591, 36.7111, 36.8471]);
    expect(cell(table, 0, 'Notiz')).toBe('Festnahme – „Zelle“');
    // 25.04.2019 says the column is day-first, so 03.04.2019 is 3 April.
    expect(table.placed.start[0]).toBe(day('2019-04-03'));
    expect(table.placed.start[2]).toBe(NO_DAY);
    expect([...table.placed.precision]).toEqual([1, 2, 1]);
  });

  it('reads UTF-16 tab-separated text with a start and an end column', () => {
    const table = read(fixture('utf16-tab.tsv'));
    expect(table.encoding).toBe('UTF-16LE');
    expect(table.delimiter).toBe('\t');
    expect(table.roles).toMatchObject({ lat: 1, lon: 2, start: 3, end: 4, name: 0 });
    expect([table.placed.start[0], table.placed.end[0]]).toEqual([
      day('2016-08-20'),
      day('2016-08-21'),
    ]);
    // A month to a month: the first day of one to the last of the other.
    expect([table.placed.start[1], table.placed.end[1]]).toEqual([
      day('2016-08-01'),
      day('2016-09-30'),
    ]);
    expect(table.undated.first[0]!.message).toBe(
      'Row 4: it ends (2016-08-01) before it starts (2016-09-02).',
    );
  });

  it('says an empty file is empty, and an unclosed quote where it opens', () => {
    expect(readTable(new Uint8Array())).toMatchObject({ code: 'empty' });
    expect(readTable(new TextEncoder().encode(' \n\n'))).toMatchObject({ code: 'empty' });
    const table = read(new TextEncoder().encode('lat,lon,name\n36.5,40.7,ok\n36.6,40.8,"open\n'));
    expect(table.placed.count).toBe(1);
    expect(table.skipped.first[0]!.message).toMatch(/^Row 3: a quotation mark opened/);
  });

  it('lists the first problems by row and counts the rest', () => {
    const lines = ['lat,lon'];
    for (let i = 0; i < 50; i++) lines.push('x,40');
    const table = read(new TextEncoder().encode(lines.join('\n')));
    expect(table.skipped.count).toBe(50);
    expect(table.skipped.first).toHaveLength(FIRST_PROBLEMS);
    expect(table.skipped.first[FIRST_PROBLEMS - 1]!.row).toBe(FIRST_PROBLEMS + 1);
  });
});

describe('a table exported from Crossings, read back', () => {
  it('gives each row its excerpts with their sources, and its date with its hedge', () => {
    const csv = [
      'id,name,date,longitude,latitude,excerpts,excerpt_sources',
      // The export escapes a cell that starts like a formula with an apostrophe (spreadsheetSafe).
      'a,Istanbul detentions,2017-09-25?,28.97,41.01,"\'=First, a formula-like quote.\nSecond quote.","src-1\nsrc-2"',
      'b,No excerpts,2017~,28.9,41.0,,',
    ].join('\n');
    const table = read(new TextEncoder().encode(csv));
    expect(rowExcerpts(table, 0)).toEqual([
      { quote: '=First, a formula-like quote.', source: 'src-1' },
      { quote: 'Second quote.', source: 'src-2' },
    ]);
    expect(rowExcerpts(table, 1)).toEqual([]);
    expect([...table.placed.hedge]).toEqual([1, 2]);
    expect(table.placed.start[1]).toBe(day('2017-01-01'));
    expect(table.placed.end[1]).toBe(day('2017-12-31'));
  });

  it('has no excerpts when the table has no such columns', () => {
    expect(rowExcerpts(read(fixture('events-acled.csv')), 0)).toBeNull();
  });
});

describe('codes and numbers as other exports write them', () => {
  it('reads UCDP’s where_prec 1–7 as the place, near it, or an area (3 and above)', () => {
    const csv =
      'where_coordinates,latitude,longitude,where_prec\nA,36.1,40.1,1\nB,36.2,40.2,2\nC,36.3,40.3,4\nD,36.4,40.4,6\nE,36.5,40.5,x\n';
    expect([...read(new TextEncoder().encode(csv)).placed.precision]).toEqual([1, 2, 3, 3, 0]);
  });

  it('keeps the spreadsheet’s row numbers across blank lines, and takes no route’s from/to for dates', () => {
    const csv = 'from,to,lat,lon\nAleppo,Kilis,36.2,37.1\n\n,,,\nIdlib,Reyhanli,35.9,36.6\n';
    const table = read(new TextEncoder().encode(csv));
    expect([...table.placed.row]).toEqual([2, 5]);
    expect(table.roles).toMatchObject({ start: null, end: null, date: null });
    expect(table.undated.count).toBe(0);
  });
});

describe('the CSV export, read back', () => {
  it('keeps negative coordinates as numbers, not as formula-escaped text', async () => {
    const { toCsv } = await import('../../src/view/exports');
    const csv = toCsv(
      { corpus: null, appUrl: '', viewUrl: '' } as never,
      [],
      [
        {
          file: 'mine.csv',
          row: 2,
          name: 'Santiago',
          lat: -33.45,
          lon: -70.66,
          date: '2019-10-18',
          cells: {},
        },
      ],
    );
    const table = read(new TextEncoder().encode(csv));
    expect([table.placed.lat[0], table.placed.lon[0]]).toEqual([-33.45, -70.66]);
    expect(table.placed.start[0]).toBe(day('2019-10-18'));
  });
});
