import { csvParse } from 'd3-dsv';
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledCorpus } from '../../src/data/compiled';
import {
  ExportedFeatureSchema,
  IncidentSchema,
  PlaceSchema,
  RouteSchema,
} from '../../src/data/schema';
import { featuresInView, toCsv, toGeoJson } from '../../src/view/exports';
import { toCitationList, toWebAnnotations } from '../../src/view/exportCitations';
import { figuresByMeasure } from '../../src/view/figures';
import { describeFigure } from '../../src/view/format';
import { LAYER_IDS, mapLayersOf } from '../../src/view/layers';
import { routeWalks } from '../../src/view/routeWalk';
import { readCorpusFiles } from '../../scripts/corpusFiles';
import { checkExported } from '../../src/data/checkExported';
import { validateSources } from '../../src/data/validateSources';
import { checkDefaultCorpus, GEO_ROOT } from './fixtureCorpus';

let corpus: CompiledCorpus;

beforeAll(async () => {
  corpus = (await checkDefaultCorpus()).corpus!;
});

describe('figures across sources', () => {
  it('sets the detention figures of four sources side by side, earliest first, unknown dates last', () => {
    const held = figuresByMeasure(corpus).find(
      (group) => group.measure.id === 'held-or-detained-in-turkey',
    )!;
    expect(held.sourceCount).toBe(4);
    expect(held.rows.map((row) => [row.figure.count, row.figure.refersTo])).toEqual([
      [143, '2017?'],
      [2, '2017-03'],
      [5, '2017-08?'],
      [36, '2017-09-25?'],
      [1201, '2019-11?'],
      [1172, '2019-11?'],
      [813, '2019-11?'],
      [750, '2019-11?'],
      [1150, null],
    ]);
    expect(held.max).toBe(1201);
  });

  it('shows one number once when the same passage backs two features', () => {
    const deported = figuresByMeasure(corpus).find(
      (group) => group.measure.id === 'deported-by-turkey',
    )!;
    const nine = deported.rows.filter((row) => row.figure.count === 9);
    expect(nine).toHaveLength(1);
    expect(nine[0]!.about.map((about) => about.id)).toEqual([
      'deportations-resume-2020-07-01',
      'deportation-turkey-to-belgium',
    ]);
  });

  it('opens each figure on the passage that gives its number', () => {
    for (const group of figuresByMeasure(corpus))
      for (const row of group.rows) {
        expect(row.excerpt.source).toBe(row.figure.source);
        const digits = row.figure.count.toLocaleString('en');
        const written = [digits, digits.replace(/,/g, '')];
        const quote = row.excerpt.quote.toLowerCase();
        const wordsOrDigits = written.some((form) => quote.includes(form)) || /[a-z]/.test(quote);
        expect(wordsOrDigits).toBe(true);
      }
  });

  it('compares each pair both ways, with the same verdict', () => {
    const groups = figuresByMeasure(corpus);
    const pairs = groups.flatMap((group) =>
      group.rows.flatMap((row) =>
        row.comparisons.map((comparison) => [row.key, comparison.other.key, comparison.verdict]),
      ),
    );
    expect(pairs.length).toBeGreaterThan(0);
    for (const [a, b, verdict] of pairs) expect(pairs).toContainEqual([b, a, verdict]);
  });

  it('does not call "nearly 300" civilians and "over 300" people the same number', () => {
    const killed = figuresByMeasure(corpus).find(
      (group) => group.measure.id === 'killed-in-attacks',
    )!;
    const nearly = killed.rows.find((row) => row.figure.qualifier === 'nearly')!;
    expect(nearly.comparisons).toHaveLength(1);
    const [comparison] = nearly.comparisons;
    expect(comparison!.other.figure).toMatchObject({ count: 300, qualifier: 'over' });
    expect(comparison!.verdict).toBe('not comparable');
    expect(comparison!.reasons.join('; ')).toContain('“civilians”');
    expect(comparison!.reasons.join('; ')).toContain('the period is not given for over 300');
  });

  it('says that the Raqqa figures count people leaving Raqqa, not arrivals in Turkey', () => {
    const raqqa = figuresByMeasure(corpus).find(
      (group) => group.measure.id === 'evacuated-from-raqqa',
    )!;
    for (const row of raqqa.rows) {
      expect(row.ends).toEqual({ from: 'Raqqa', to: 'Turkey' });
      expect(describeFigure(row.figure, row.ends)).toContain(
        'counted leaving Raqqa; how many reached Turkey is not given',
      );
    }
  });

  it('keeps what could happen apart from what did: the projected 2,500 have a measure of their own', () => {
    for (const group of figuresByMeasure(corpus)) {
      const projected = group.rows.filter((row) => row.figure.projected);
      expect([0, group.rows.length]).toContain(projected.length);
    }
  });
});

describe('the route walk', () => {
  it('visits the smuggling route in the order the text gives it, branches after', () => {
    const [walk] = routeWalks(corpus);
    expect(walk!.id).toBe('smuggling-route-ras-al-ayn');
    expect(walk!.steps.map((step) => step.place.id)).toEqual([
      'ash-shaddadi',
      'al-hasakah',
      'tall-tamr',
      'ras-al-ayn',
      'ad-darbasiyah',
      'amuda',
      'qamishli',
    ]);
    expect(walk!.steps.map((step) => step.leg?.from.id ?? null)).toEqual([
      null,
      'ash-shaddadi',
      'al-hasakah',
      'tall-tamr',
      'tall-tamr',
      'tall-tamr',
      'tall-tamr',
    ]);
  });

  it('supports each stop with the sentence that names it, under any spelling', () => {
    const [walk] = routeWalks(corpus);
    const quotes = walk!.steps.map((step) => step.excerpt.quote);
    expect(quotes[0]).toContain('Ash Shaddadi');
    expect(quotes[3]).toContain('Sari Kani');
    expect(quotes[5]).toContain('Amuda');
  });

  it('finds where a drawn flow crosses the Turkey–Syria border, and that the smuggling legs stop short of it', () => {
    const walks = routeWalks(corpus);
    const raqqa = walks.find((walk) => walk.id === 'raqqa-evacuation-to-turkey')!;
    const crossing = raqqa.steps[1]!.leg!.crossings[0]!;
    expect(crossing.name).toBe('Turkey–Syria border');
    expect(crossing.position[1]).toBeGreaterThan(36.5);
    expect(crossing.position[1]).toBeLessThan(37.1);
    expect(walks[0]!.steps.flatMap((step) => step.leg?.crossings ?? [])).toEqual([]);
    expect(walks[0]!.steps[3]!.place.properties.nearestBorder?.km).toBeLessThan(1);
  });
});

describe('figures compared', () => {
  it('marks figures of different sources as differing for the very same thing and date, or agreeing', () => {
    const copy = structuredClone(corpus);
    const turkey = copy.places.features.find((place) => place.id === 'turkey')!;
    const erdogan = copy.incidents.features.find(
      (incident) => incident.id === 'erdogan-prisoner-figures-2019-11',
    )!;
    const moreThan1150 = turkey.properties.figures!.find((figure) => figure.count === 1150)!;
    const prisoners = erdogan.properties.figures![0]!;
    const heldRow = () =>
      figuresByMeasure(copy)
        .find((group) => group.measure.id === 'held-or-detained-in-turkey')!
        .rows.find((candidate) => candidate.source.id === 'asharq-deportations-resume')!;
    const verdicts = () =>
      heldRow().comparisons.map((comparison) => [
        comparison.other.figure.count,
        comparison.verdict,
      ]);
    // As authored, nothing is comparable: other dates, other things counted, and no number alike.
    expect(verdicts()).toEqual([]);

    // Give Asharq's "more than 1,150" Erdogan's date and words: both now count the same thing then.
    Object.assign(moreThan1150, {
      what: 'held',
      counts: prisoners.counts,
      refersTo: prisoners.refersTo,
      when: prisoners.when,
    });
    expect(verdicts()).toEqual([[1201, 'agree']]);
    moreThan1150.count = 1300;
    expect(verdicts()).toEqual([[1201, 'differ']]);
    Object.assign(moreThan1150, { count: 1201, qualifier: undefined });
    expect(verdicts()).toEqual([[1201, 'same']]);
  });
});

describe('exports', () => {
  const context = () => ({
    corpus,
    appUrl: 'https://example.org/crossings/',
    viewUrl: 'https://example.org/crossings/?time=2017-03/2017-11',
  });
  const everything = () => featuresInView(mapLayersOf(corpus), new Set(LAYER_IDS));

  it('writes GeoJSON whose features pass the export schema and, geometry aside, the authoring schemas', () => {
    const exported = JSON.parse(toGeoJson(context(), everything())) as {
      features: { id: string; geometry: unknown; properties: Record<string, unknown> }[];
    };
    expect(exported.features).toHaveLength(62);
    for (const feature of exported.features) {
      expect(v.safeParse(ExportedFeatureSchema, feature).success).toBe(true);
      const authored = Object.fromEntries(
        Object.entries(feature.properties).filter(([key]) => key !== 'layer' && key !== 'sources'),
      );
      const schema =
        feature.geometry && (feature.geometry as { type: string }).type !== 'Point'
          ? RouteSchema
          : 'place' in authored
            ? IncidentSchema
            : PlaceSchema;
      const asAuthored = {
        type: 'Feature',
        id: feature.id,
        geometry: schema === PlaceSchema ? feature.geometry : null,
        properties: authored,
      };
      expect(v.safeParse(schema, asAuthored).issues).toBeUndefined();
    }
  });

  it('passes `npm run check -- --exported`; a tampered quote does not, and says where', async () => {
    const { texts } = await validateSources(await readCorpusFiles(GEO_ROOT), 'geo');
    const text = toGeoJson(context(), everything());
    expect(checkExported('view.geojson', text, texts)).toEqual([]);
    const tampered = text.replaceAll('border-towns of Sari Kani', 'border-towns of Ceylanpinar');
    const problems = checkExported('view.geojson', tampered, texts);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem.field).toMatch(/^properties\.excerpts\[\d+\]\.quote$/);
      expect(problem.line).toBeGreaterThan(0);
      expect(problem.message).toContain('Closest passage: "');
    }
  });

  it('keeps a formula-like cell as text in CSV, and quotes commas and newlines', () => {
    const features = everything().slice(0, 1);
    const hostile = structuredClone(features[0]!);
    hostile.feature.properties.name = '=HYPERLINK("http://evil.example","x"), and\nmore';
    const [row] = csvParse(toCsv(context(), [hostile]));
    expect(row!.name).toBe(`'=HYPERLINK("http://evil.example","x"), and\nmore`);
    expect(row!.longitude).toBe(String(hostile.feature.geometry.coordinates[0]));
  });

  it('anchors annotations by code points and lists each cited source once', () => {
    const annotations = JSON.parse(toWebAnnotations(context(), everything())) as {
      total: number;
      first: { items: { target: { source: string; selector: { exact?: string }[] } }[] };
    };
    expect(annotations.total).toBe(
      everything().reduce((sum, item) => sum + item.feature.properties.excerpts.length, 0),
    );
    expect(annotations.first.items[0]!.target.source).toMatch(
      /^https:\/\/example\.org\/crossings\/data\/sources\/[a-z-]+\.txt$/,
    );
    const citations = toCitationList(context(), everything());
    expect(citations.match(/^\[\d\] /gm)).toHaveLength(5);
    expect(citations).toContain(
      'Saeed Abdulrazek. “Turkey Resumes Deporting ISIS Foreign Militants”. Asharq Al-awsat, 2 Jul 2020 (date inferred). URL unknown.',
    );
    expect(citations).toContain(
      'Author unknown. Untitled (001_9cf3b0e71c1752b7.txt). outlet unknown, Nov 2019? (date inferred). URL unknown.',
    );
  });
});
