/**
 * Vitest global set-up: every temporary folder the tests make (content folders, test builds with their caches, browser
 * profiles) goes under one folder per run, removed when the run ends. The tests take their folders from `os.tmpdir()`,
 * which reads `TMPDIR`; the test workers and every process they start inherit it. Without this, every run of the suite
 * left its content folders, built sites and caches in the system's temporary folder: 19 GB here after two days.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'fulltime-tests-'));
  process.env['TMPDIR'] = root;
  return () => {
    try {
      rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    } catch (error) {
      // A process a test left running may still be writing there: the folder stays, the run's result does not change.
      console.warn(`Could not remove ${root}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}
