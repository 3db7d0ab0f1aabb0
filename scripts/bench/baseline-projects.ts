/**
 * The baseline Astro projects of the benchmark, written into a folder inside the repository (so imports of
 * `astro` and friends resolve to its node_modules):
 *
 * - bare: the same Markdown bodies through Astro's own glob loader and one page template, with the same
 *   Markdown processor as the real site, and no timelines, cards, hubs or search. What Astro alone costs.
 * - serial: bare plus one endpoint that renders every recap's Open Graph card with satori and resvg as the
 *   GET of `/og/<slug>.png`, one after another, with no cache: how popular Astro themes make their cards.
 *   It draws the same card as the real site (the og-cards template), so only the pipeline differs.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Which baseline to write. */
export type BaselineKind = 'bare' | 'serial';

function importPath(from: string, target: string): string {
  const relative = path.relative(from, target).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

const CONFIG = `import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';

// The real site's Markdown processor and URL shape, nothing else.
export default defineConfig({
  site: 'https://fulltime.example',
  outDir: './dist',
  cacheDir: './cache',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { processor: unified() },
  devToolbar: { enabled: false },
});
`;

const CONTENT_CONFIG = (base: string) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  posts: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(base)} }) }),
};
`;

const POST_PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const posts = await getCollection('posts');
  return posts.map((post) => ({ params: { slug: post.id }, props: { post } }));
}

const { post } = Astro.props;
const { Content } = await render(post);
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>{post.data.title}</title></head>
  <body><main><h1>{post.data.title}</h1><Content /></main></body>
</html>
`;

const INDEX_PAGE = `---
import { getCollection } from 'astro:content';
const posts = await getCollection('posts');
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Recaps</title></head>
  <body><ol>{posts.map((post) => <li><a href={\`/\${post.id}/\`}>{post.data.title}</a></li>)}</ol></body>
</html>
`;

function cardEndpoint(projectPages: string, repoRoot: string, recapsDir: string): string {
  const src = (file: string) => importPath(projectPages, path.join(repoRoot, 'src', file));
  return `import type { APIRoute } from 'astro';
import { loadCollection } from '${src('recap/collection.ts')}';
import { cardData } from '${src('graphics/og/card-data.ts')}';
import { recapCard } from '${src('graphics/og/layout.ts')}';
import { renderPng } from '${src('graphics/og/render.ts')}';

export async function getStaticPaths() {
  const { recaps } = await loadCollection(${JSON.stringify(recapsDir)}, { includeDrafts: false });
  return recaps.map((recap) => ({ params: { slug: recap.slug }, props: { recap } }));
}

export const GET: APIRoute = async ({ props }) => {
  const png = await renderPng(recapCard(cardData(props.recap, { lang: 'en', brand: 'Fulltime' })));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
`;
}

/** Writes a baseline project into `dir`; `bodiesDir` holds the bare Markdown files, `recapsDir` the real recaps. */
export async function writeBaselineProject(
  kind: BaselineKind,
  dir: string,
  options: { readonly repoRoot: string; readonly bodiesDir: string; readonly recapsDir: string },
): Promise<void> {
  const pages = path.join(dir, 'src', 'pages');
  await mkdir(path.join(pages, 'og'), { recursive: true });
  await writeFile(path.join(dir, 'astro.config.mjs'), CONFIG);
  await writeFile(path.join(dir, 'src', 'content.config.ts'), CONTENT_CONFIG(options.bodiesDir));
  await writeFile(path.join(pages, '[slug].astro'), POST_PAGE);
  await writeFile(path.join(pages, 'index.astro'), INDEX_PAGE);
  if (kind === 'serial') {
    await writeFile(path.join(pages, 'og', '[slug].png.ts'), cardEndpoint(path.join(pages, 'og'), options.repoRoot, options.recapsDir));
  }
}

/** A bare Markdown file for the bare baseline: the recap's title and body, no match data. */
export function bareMarkdown(title: string, body: string): string {
  return `---\ntitle: ${JSON.stringify(title)}\n---\n${body}`;
}
