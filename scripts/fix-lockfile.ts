/**
 * `npm run fix-lockfile`: adds package-lock entries for optional platform packages (other operating systems'
 * builds of native bindings) that npm leaves out when the registry it reaches does not serve them. Without
 * those entries `npm ci` refuses the lock file ("Missing: @pagefind/darwin-arm64@ from lock file"), although
 * it would skip the packages on this platform anyway. Run it after every `npm install`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
  version?: string;
  optionalDependencies?: Record<string, string>;
  [field: string]: unknown;
}

const PLATFORM =
  /(darwin|linux|win32|freebsd|android|openbsd|sunos|aix)?-?(arm64|x64|ia32|arm|wasm32|riscv64|ppc64|s390x|loong64)(?:-(gnu|musl|msvc|wasi|eabi))?$/;

const file = process.argv[2] ?? 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8')) as { packages: Record<string, LockEntry> };
const packages = lock.packages;
const depth = (key: string) => key.split('node_modules/').length;
let added = 0;
for (const [key, entry] of Object.entries(packages).sort(([a], [b]) => depth(a) - depth(b))) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const match = PLATFORM.exec(name);
    if (!match) continue;
    const version = spec.replace(/^[\^~=]/, '');
    // Where Node would look from the parent: inside it, beside it, then hoisted to the top.
    const parentDir = key.replace(/\/node_modules\/(@[^/]+\/)?[^/]+$/, '');
    const beside = parentDir === key ? [] : [`${parentDir}/node_modules/${name}`];
    const candidates = [`${key}/node_modules/${name}`, ...beside, `node_modules/${name}`];
    if (candidates.some((c) => packages[c]?.version === version)) continue;
    const slot = packages[`node_modules/${name}`] ? (beside[0] ?? candidates[0]) : `node_modules/${name}`;
    if (slot === undefined || packages[slot]) continue;
    const [, os, cpu, libc] = match;
    packages[slot] = {
      version,
      ...(cpu ? { cpu: [cpu] } : {}),
      optional: true,
      ...(os ? { os: [os] } : {}),
      ...(libc === 'gnu' || libc === 'musl' ? { libc: [libc === 'gnu' ? 'glibc' : 'musl'] } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`${file}: added ${added} optional platform ${added === 1 ? 'entry' : 'entries'}`);
