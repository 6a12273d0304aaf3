/**
 * Run before the end-to-end tests: makes sure a Chromium is there, installing
 * one if it must (Playwright's download, else Debian's package as root), and
 * otherwise stops, saying exactly what to do.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium';

function run(command: string, args: string[]): boolean {
  console.log(`$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

function ensureChromium(): boolean {
  const found = findChromium();
  if (found) {
    console.log(`End-to-end tests use ${found.path} (${found.origin}).`);
    return true;
  }
  console.log('No Chromium found: trying to install one.');
  if (run('npx', ['playwright', 'install', 'chromium']) && findChromium()) return true;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    if (
      run('apt-get', ['update', '-qq']) &&
      run('apt-get', ['install', '-y', '-qq', 'chromium']) &&
      findChromium()
    )
      return true;
  }
  console.error(
    [
      'The end-to-end tests need Chromium and none could be found or installed.',
      'Do one of these, then run `npm test` again:',
      '  - install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`), or',
      '  - run `npx playwright install chromium` where its download host is reachable, or',
      '  - set CHROMIUM_PATH to a Chrome or Chromium executable.',
    ].join('\n'),
  );
  return false;
}

process.exitCode = ensureChromium() ? 0 : 1;
