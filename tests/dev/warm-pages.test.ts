/** The dev server's page warm-up (src/dev/warm-pages.ts): every page, requested as Vite's warm-up would, once the first answer is out. */
import { EventEmitter } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { warmFiles, warmPagesAfterFirstRequest } from '../../src/dev/warm-pages.ts';

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }))));

async function project(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'fulltime-warm-'));
  folders.push(root);
  for (const file of [
    'src/pages/index.astro',
    'src/pages/recaps/[slug].astro',
    'src/pages/feed.xml.ts',
    'src/pages/notes.md',
    'src/lib/x.ts',
  ]) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), '');
  }
  return root;
}

function recorder() {
  const urls: string[] = [];
  return { urls, warmupRequest: async (url: string) => void urls.push(url) };
}

describe('warming the pages in astro dev', () => {
  it('requests each page file by its module URL', async () => {
    const root = await project();
    const ssr = recorder();
    expect(await warmFiles(ssr, root, ['src/pages/**/*.{astro,ts}'])).toBe(3);
    expect(ssr.urls.sort()).toEqual(['/src/pages/feed.xml.ts', '/src/pages/index.astro', '/src/pages/recaps/[slug].astro']);
  });

  it('starts once the first response has finished, and only once', async () => {
    const root = await project();
    const ssr = recorder();
    let middleware: ((req: unknown, res: EventEmitter, next: () => void) => void) | undefined;
    const server = { middlewares: { use: (fn: typeof middleware) => (middleware = fn) }, environments: { ssr }, config: { root } };
    const hook = warmPagesAfterFirstRequest().hooks['astro:server:setup'] as (options: { server: unknown }) => void;
    hook({ server });
    const first = new EventEmitter();
    let passed = 0;
    middleware?.({}, first, () => passed++);
    middleware?.({}, new EventEmitter(), () => passed++);
    await new Promise((r) => setTimeout(r, 50));
    expect(passed).toBe(2);
    expect(ssr.urls).toEqual([]);
    first.emit('finish');
    await new Promise((r) => setTimeout(r, 50));
    expect(ssr.urls).toHaveLength(3);
    const later = new EventEmitter();
    middleware?.({}, later, () => passed++);
    later.emit('finish');
    await new Promise((r) => setTimeout(r, 50));
    expect(ssr.urls).toHaveLength(3);
  });
});
