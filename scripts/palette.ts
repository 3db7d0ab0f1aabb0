/**
 * `npm run palette`: writes src/styles/palette.css, the site's colour custom properties, from
 * src/design/palette.ts (the one source the graphics read too). `--check` only compares, and exits 1 when the
 * committed file is out of date.
 *
 * Usage: npm run palette [-- --check]
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PALETTE_CSS_FILE, paletteCss } from '../src/design/palette.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { check: { type: 'boolean' } } });
const file = path.join(root, PALETTE_CSS_FILE);
const fresh = paletteCss();
const current = await readFile(file, 'utf8').catch(() => '');
if (current === fresh) console.log(`${PALETTE_CSS_FILE} is up to date.`);
else if (values.check) {
  console.error(`${PALETTE_CSS_FILE} is out of date with src/design/palette.ts; run \`npm run palette\` and commit it.`);
  process.exitCode = 1;
} else {
  await writeFile(file, fresh);
  console.log(`Wrote ${PALETTE_CSS_FILE}.`);
}
