/** Content folders written from text, and the authoring CLIs run on them as a user runs them. */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../helpers/site.ts';

const run = promisify(execFile);

/** A valid recap with three goals that its text names; tests replace parts of it. */
export const VALID_RECAP = `---
title: Una Reid settles the harbour derby
date: 2024-03-09
match:
  competition: Harbour League
  kickoff: 2024-03-08
  home: { name: Quay Albion }
  away: { name: Dockside Rovers }
  score: 2-1
events:
  - { minute: 10, type: goal, team: home, player: Una Reid }
  - { minute: 50, type: goal, team: away, player: Bo Lind }
  - { minute: 88, type: goal, team: home, player: Una Reid }
---
Una Reid scored twice for Quay Albion; Bo Lind had levelled for Dockside Rovers.
`;

/** Writes files (paths relative to a new content folder) and returns the folder. */
export async function contentFolder(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fulltime-authoring-'));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

/** What a CLI printed and how it exited. */
export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

/** Build caches of the scripts these tests run (`npm run check` keeps its reads there), away from the project's own. */
const CACHE_DIR = mkdtempSync(path.join(tmpdir(), 'fulltime-cli-cache-'));

/** Runs `node scripts/<script>` from the project root on a content folder, without a terminal. */
export async function runScript(
  script: string,
  args: readonly string[],
  contentDir: string,
  env: Record<string, string> = {},
): Promise<CliResult> {
  const node = path.join(ROOT, 'node_modules', '.bin', 'node');
  try {
    const { stdout, stderr } = await run(node, [`scripts/${script}`, ...args], {
      cwd: ROOT,
      env: { ...process.env, FULLTIME_CONTENT_DIR: contentDir, FULLTIME_CACHE_DIR: CACHE_DIR, ...env },
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; code?: number };
    return { stdout: e.stdout ?? '', stderr: e.stderr ?? '', code: typeof e.code === 'number' ? e.code : 1 };
  }
}

/** Replaces a content folder's path, as messages show it, with `<content>`, and timings with `<ms>`. */
export function pinPaths(text: string, contentDir: string): string {
  return text
    .split(path.relative(ROOT, contentDir))
    .join('<content>')
    .replace(/\(\d+ ms\)/g, '(<ms> ms)');
}
