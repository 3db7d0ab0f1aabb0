/**
 * astro dev's environments map stack traces lazily (src/dev/source-maps.ts): Node's source maps stay off, so Node does
 * not parse the inline map of every module Vite runs, and an error's stack still points at the TypeScript source line.
 * With Vite's default, the same server turns Node's source maps on.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const probe = fileURLToPath(new URL('./source-maps-probe.ts', import.meta.url));

async function run(mode: 'default' | 'lazy'): Promise<{ sourceMapsEnabled: boolean; stack: string }> {
  const { stdout } = await promisify(execFile)(process.execPath, [probe, mode], { cwd: fileURLToPath(new URL('../..', import.meta.url)) });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { sourceMapsEnabled: boolean; stack: string };
}

describe("astro dev's stack traces", () => {
  it('leave Node source maps off and still point at the line of the TypeScript source', async () => {
    const { sourceMapsEnabled, stack } = await run('lazy');
    expect(sourceMapsEnabled).toBe(false);
    expect(stack).toMatch(/boom\.ts:4:\d+/);
  });

  it("are mapped by Node's own source maps with Vite's default environment", async () => {
    const { sourceMapsEnabled, stack } = await run('default');
    expect(sourceMapsEnabled).toBe(true);
    expect(stack).toMatch(/boom\.ts:4:\d+/);
  });
});
