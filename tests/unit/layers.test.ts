import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledCorpus } from '../../src/data/compiled';
import { filterLayers } from '../../src/view/filters';
import {
  LAYER_IDS,
  LAYER_SPECS,
  LAYERS_BY_DRAW_ORDER,
  layerBbox,
  layerCounts,
  layerFeatures,
  layerInfos,
  mapLayersOf,
  type MapLayers,
} from '../../src/view/layers';
import { checkDefaultCorpus } from './fixtureCorpus';

let corpus: CompiledCorpus;
let layers: MapLayers;
beforeAll(async () => {
  corpus = (await checkDefaultCorpus()).corpus!;
  layers = mapLayersOf(corpus);
});

describe('the layer table', () => {
  it('gives each layer one id, used by the URL, the legend and the map alike', () => {
    expect(LAYER_IDS).toEqual([
      'cities',
      'border-towns',
      'areas',
      'route',
      'flows',
      'incidents',
      'border',
    ]);
    expect(new Set(LAYER_IDS).size).toBe(LAYER_IDS.length);
    expect(layerInfos(layers).map((info) => info.id)).toEqual(LAYER_IDS);
  });

  it('puts every feature of the corpus in exactly one list', () => {
    const members = LAYER_SPECS.flatMap((spec) => spec.members);
    expect(new Set(members).size).toBe(members.length);
    const drawn = LAYER_IDS.flatMap((id) => layerFeatures(layers, id).map((f) => f.id));
    expect(new Set(drawn).size).toBe(drawn.length);
    const all = [
      ...corpus.places.features,
      ...corpus.routes.features,
      ...corpus.incidents.features,
      ...corpus.borders.features,
    ].map((feature) => feature.id);
    expect([...drawn].sort()).toEqual([...all].sort());
  });

  it('counts routes, not the towns drawn with them', () => {
    const counts = layerCounts(layers);
    expect(counts.route).toBe(layers.route.length);
    expect(layerFeatures(layers, 'route').length).toBe(
      layers.route.length + layers['route-stops'].length,
    );
    expect(layers['route-stops'].length).toBeGreaterThan(0);
    expect(counts['border-towns']).toBe(4);
  });

  it('draws lines under points and the smuggling route over the flows', () => {
    const order = LAYERS_BY_DRAW_ORDER.map((spec) => spec.id);
    expect(order.indexOf('border')).toBe(0);
    expect(order.indexOf('route')).toBeGreaterThan(order.indexOf('flows'));
    for (const points of ['cities', 'border-towns', 'incidents'] as const)
      expect(order.indexOf(points)).toBeGreaterThan(order.indexOf('route'));
  });

  it('names the border layer after its one border, and gives every layer its legend symbol', () => {
    const infos = layerInfos(layers);
    expect(infos.find((info) => info.id === 'border')!.name).toBe(
      layers.border[0]!.properties.name,
    );
    expect(infos.find((info) => info.id === 'route')!.symbol).toBe('route-arrow');
    expect(infos.find((info) => info.id === 'border')!.symbol).toBe('line');
  });

  it('filters by layer, and leaves reference lines out of search and time', () => {
    const shown = filterLayers(layers, {
      layers: new Set(['route', 'border']),
      time: { from: '1990-01', to: '1990-02' },
      matches: new Set(['nothing']),
    });
    expect(shown.cities).toEqual([]);
    expect(shown.route).toEqual([]);
    expect(shown['route-stops']).toEqual([]);
    expect(shown.border).toEqual(layers.border);
  });

  it('gives a layer’s bounding box over all its lists, and none for an empty layer', () => {
    const [west, south, east, north] = layerBbox(layers, 'border-towns')!;
    for (const town of layers['border-towns']) {
      const [lng, lat] = town.geometry.coordinates as [number, number];
      expect(lng).toBeGreaterThanOrEqual(west);
      expect(lng).toBeLessThanOrEqual(east);
      expect(lat).toBeGreaterThanOrEqual(south);
      expect(lat).toBeLessThanOrEqual(north);
    }
    expect(layerBbox({ ...layers, incidents: [], 'area-incidents': [] }, 'incidents')).toBeNull();
  });
});

describe('incidents placed only on an area', () => {
  it('are not points of their own: they are listed apart, and still counted with the incidents', () => {
    const corpusLayers = layers;
    const areaIds = new Set(corpusLayers.areas.map((area) => area.id));
    expect(corpusLayers['area-incidents'].map((i) => i.properties.place).sort()).toEqual([
      'samsun-province',
      'tajikistan',
      'turkey',
      'turkey',
      'turkey',
      'turkey',
      'turkey',
      'turkey',
      'turkey',
    ]);
    expect(corpusLayers.incidents.some((i) => areaIds.has(i.properties.place))).toBe(false);
    expect(layerCounts(corpusLayers).incidents).toBe(17);
  });
});
