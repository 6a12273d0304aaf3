/**
 * Parts of the UI the first view can do without: the basemap picker, the
 * sidebar's lists and "Your layers", and the notices over the map. One chunk, fetched just after
 * the map is drawn, so the first view downloads and runs less.
 */
export { BasemapNotice, BasemapPicker } from './BasemapControls';
export { FeatureList } from './FeatureList';
export { FilterStatus } from './FilterStatus';
export { ImportControl } from './ImportControl';
export { SourceList } from './SourceList';
