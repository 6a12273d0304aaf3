/**
 * A synthetic conflict-event export in ACLED's shape (event date, type, admin
 * area, location, latitude, longitude, geographic precision, fatalities,
 * notes), for the import's benchmark and tests: deterministic, with a broken
 * row every thousand (no coordinates, a typo, out of range) and an unreadable
 * date every five hundred, as real exports have.
 */
const TYPES = [
  'Battles',
  'Explosions/Remote violence',
  'Protests',
  'Riots',
  'Strategic developments',
];
const PLACES: [string, string, number, number][] = [
  ['Al Hasakah', 'Tall Tamr', 36.6526, 40.3717],
  ['Al Hasakah', 'Ras al-Ayn', 36.8503, 40.0706],
  ['Al Hasakah', 'Ad Darbasiyah', 36.9, 40.93],
  ['Al Hasakah', 'Qamishli', 37.0522, 41.2317],
  ['Al Hasakah', 'Ash Shaddadi', 36.0561, 40.7297],
  ['Ar Raqqa', 'Raqqa', 35.9528, 39.0079],
  ['Aleppo', 'Manbij', 36.5281, 37.9549],
  ['Sanliurfa', 'Akcakale', 36.7111, 38.9475],
];

/** The file's text, `rows` data rows under a header. */
export function eventTableCsv(rows: number): string {
  const lines = [
    'event_id_cnty,event_date,event_type,admin1,location,latitude,longitude,geo_precision,fatalities,notes',
  ];
  let seed = 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  for (let i = 0; i < rows; i++) {
    const [admin, location, lat, lon] = PLACES[i % PLACES.length]!;
    const day = new Date(Date.UTC(2017, 0, 1) + Math.floor(random() * 1500) * 86_400_000);
    const date = i % 500 === 499 ? 'unknown' : day.toISOString().slice(0, 10);
    const jitter = () => (random() - 0.5) * 0.4;
    let latText = (lat + jitter()).toFixed(4);
    let lonText = (lon + jitter()).toFixed(4);
    const broken = i % 1000 === 999 ? Math.floor(i / 1000) % 3 : -1;
    if (broken === 0) [latText, lonText] = ['', ''];
    if (broken === 1) latText = '3a.5';
    if (broken === 2) latText = '140.2';
    const type = TYPES[Math.floor(random() * TYPES.length)]!;
    const notes = `"On ${date}, ${type.toLowerCase()} reported near ${location}, ""according to local sources""."`;
    lines.push(
      [
        `SYR${i + 1}`,
        date,
        type,
        admin,
        location,
        latText,
        lonText,
        1 + (i % 3),
        i % 7,
        notes,
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
