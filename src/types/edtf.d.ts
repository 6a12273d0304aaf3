// The edtf package ships no types; this declares the part of its API we use.
declare module 'edtf' {
  interface EdtfBitmask {
    value: number;
  }
  interface EdtfValue {
    type: string;
    /** Earliest and latest instant covered, in ms since the epoch (UTC). */
    min: number;
    max: number;
    /** 1 = year, 2 = month, 3 = day (only on `Date` values). */
    precision?: number;
    uncertain?: EdtfBitmask;
    approximate?: EdtfBitmask;
  }
  export default function edtf(value: string): EdtfValue;
}
