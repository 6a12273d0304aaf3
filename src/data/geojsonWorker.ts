/**
 * Reads a user's GeoJSON file off the main thread: parsing and checking a
 * 20 MB file takes a phone seconds. One message in (the bytes, transferred),
 * one out (a layer, or the error saying what is wrong and where).
 */
import { parseImportedLayer } from './importLayer';
import type { ImportResult } from './importTypes';

export interface ReadGeoJsonRequest {
  bytes: ArrayBuffer;
  fileName: string;
  layerId: string;
}

self.onmessage = (event: MessageEvent<ReadGeoJsonRequest>) => {
  const { bytes, fileName, layerId } = event.data;
  const result: ImportResult = parseImportedLayer(new Uint8Array(bytes), fileName, layerId);
  self.postMessage(result);
};
