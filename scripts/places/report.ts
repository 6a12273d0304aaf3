/** What `npm run places` prints for a person: one block per article, then what --write did. */
import type { PlaceCandidate } from '../../src/places/findPlaces';
import type { ArticleResult } from './articles';
import type { WriteSummary } from './write';

const PROGRESS_FROM = 20;

/** A progress line on stderr for long runs: rewritten in place on a terminal, every tenth otherwise. */
export function printProgress(done: number, total: number): void {
  if (total < PROGRESS_FROM) return;
  const line = `places: ${done}/${total} articles`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
  else if (done % Math.ceil(total / 10) === 0 || done === total) process.stderr.write(`${line}\n`);
}

export function printFinding({ file, finding }: ArticleResult, verbose: boolean): void {
  const known = finding.candidates.filter((candidate) => candidate.known !== null);
  const unlikely = finding.candidates.filter((c) => c.known === null && c.confidence === 'low');
  const fresh = finding.candidates.filter((c) => c.known === null && c.confidence !== 'low');
  console.log(
    `\n${file}: ${finding.candidates.length} places — ${known.length} in geo/, ${fresh.length} new, ${unlikely.length} unlikely` +
      (finding.countries.length ? ` · about: ${finding.countries.join(', ')}` : ''),
  );
  for (const candidate of [...fresh, ...known, ...unlikely]) printCandidate(candidate);
  if (verbose)
    for (const rejection of finding.rejected)
      console.log(`  not a place   “${rejection.spelling}”: ${rejection.reason}`);
  else if (finding.rejected.length)
    console.log(
      `  (${finding.rejected.length} gazetteer names were not places; --verbose lists them)`,
    );
}

function printCandidate(candidate: PlaceCandidate): void {
  const status = candidate.known
    ? `in geo/ (${candidate.known})`
    : candidate.confidence === 'low'
      ? 'unlikely'
      : 'new';
  const spellings = candidate.spellings.map((spelling) => `“${spelling}”`).join(', ');
  const mentions = candidate.mentions > 1 ? ` ×${candidate.mentions}` : '';
  console.log(
    `  ${status.padEnd(13)} ${spellings}${mentions} — ${candidate.kind}, ${entryText(candidate)}`,
  );
  console.log(`                ${candidate.confidence}: ${candidate.why}`);
  console.log(`                “${candidate.sentence}”`);
}

function entryText(candidate: PlaceCandidate): string {
  const city = candidate.gazetteer;
  if (!city) return candidate.country ?? 'no country';
  const position = `${city.lat.toFixed(5)}, ${city.lon.toFixed(5)}`;
  return `${city.name}, ${city.country} · GeoNames ${city.geonameId} · population ${city.population.toLocaleString('en')} · ${position}`;
}

export function printWriteSummary(summary: WriteSummary, root: string): void {
  console.log('');
  for (const id of summary.sources)
    console.log(
      `+ ${root}/sources.json: draft entry for "${id}" (headline, outlet, author and date unknown until you fill them in)`,
    );
  for (const place of summary.places)
    console.log(
      `+ ${root}/places.geojson: draft place "${place.id}" (${place.name}) quoting ${place.source}`,
    );
  for (const excerpt of summary.excerpts)
    console.log(
      `+ ${root}/places.geojson: draft excerpt of ${excerpt.source} for "${excerpt.placeId}"`,
    );
  for (const skipped of summary.notWritten)
    console.log(`  not written: “${skipped.spelling}” (${skipped.source}): ${skipped.reason}`);
  const wrote = summary.sources.length + summary.places.length + summary.excerpts.length;
  console.log(
    wrote === 0
      ? 'Nothing new to write.'
      : `Next: \`npm run check\` lists each draft as a warning; review them, remove "draft", then \`npm start\`.`,
  );
}
