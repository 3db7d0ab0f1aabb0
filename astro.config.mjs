// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { site } from './src/config.ts';
import { contentErrorOverlay } from './src/dev/overlay-integration.ts';
import { contentPhotos } from './src/integrations/content-photos.ts';
import { liveContentReload } from './src/dev/live-content.ts';
import { contentReadAhead } from './src/dev/read-ahead.ts';
import { lazySourceMaps } from './src/dev/source-maps.ts';
import { unwatchedFolders } from './src/dev/watch.ts';
import { fonts } from './src/integrations/fonts.ts';
import { ogCards } from './src/integrations/og.ts';
import { sitemapWithAlternates } from './src/integrations/sitemap.ts';
import { recapMarkdown, recapMarkdownSettings } from './src/markdown/render.ts';

// Pages are folders (`/recaps/<slug>/index.html`) served with a trailing slash, so the two settings agree.
export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  // Tests and benchmarks build several sites at once; each gets its own cache (content store, assets).
  ...(process.env.FULLTIME_CACHE_DIR ? { cacheDir: process.env.FULLTIME_CACHE_DIR } : {}),
  // Stylesheets are always files, never inline <style>: the Content-Security-Policy allows no inline styles
  // (src/delivery/csp.ts), and external CSS is cached immutably under /_astro/.
  // Pages render four at a time: Astro writes each page twice (the site and its incremental cache) and creates its
  // folder, and with one page at a time the main thread waited on every write; four keep it busy meanwhile (the
  // output is the same bytes: pages are keyed and written by path, whatever the order they finish in).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // No data: URIs and no inlined scripts either (Vite inlines small assets and Astro small scripts below this limit).
  // One stylesheet for the whole site (about 7 KB compressed): a page renders after the HTML and that one file,
  // which the reader's next page takes from the cache, instead of two to four per-page files.
  vite: {
    build: { assetsInlineLimit: 0, cssCodeSplit: false },
    // Vite's own cache (dependencies optimised for `astro dev`) beside Astro's: a dev server with a cache of its own
    // then neither re-optimises on every start nor overwrites another's (its config, and so its hash, differs).
    ...(process.env.FULLTIME_CACHE_DIR ? { cacheDir: `${process.env.FULLTIME_CACHE_DIR}/vite` } : {}),
    // The build's output and caches, the tests and the scripts hold no source of the site: Vite's watcher neither walks
    // nor watches them (src/dev/watch.ts).
    server: { watch: { ignored: unwatchedFolders(fileURLToPath(new URL('.', import.meta.url)), site.contentDir) } },
    // `astro dev` renders pages in Vite's `ssr` environment, which compiles a page's modules one import after
    // another on the first request; with each module's imports compiled beside it, fewer steps wait on each other.
    // No page is compiled before it is asked for: Vite's warm-up of every page (`dev.warmup`) ran on the thread that
    // compiles and renders the first page asked for, and delayed it (~60 modules of other pages, ~0.3 s at 1,000
    // recaps); run after the first answer instead, it delayed the first edits. (Dev only: builds ignore it.)
    // Stack traces are mapped back to the sources when one is shown, not every module's map parsed as it loads
    // (src/dev/source-maps.ts).
    environments: {
      ssr: { dev: { preTransformRequests: true, createEnvironment: lazySourceMaps } },
      astro: { dev: { createEnvironment: lazySourceMaps } },
    },
  },
  markdown: {
    // Astro 7 renders Markdown with Sätteri by default; recaps go through unified/remark (GFM and smart quotes on),
    // the one processor src/markdown/render.ts defines and renders recap bodies with, with its settings.
    syntaxHighlight: recapMarkdownSettings.syntaxHighlight,
    processor: recapMarkdown,
  },
  devToolbar: { enabled: false },
  // Writes the recap frontmatter schema to .astro/collections/ for the Astro VS Code extension (see README, "Editor setup").
  // incrementalBuild: a page whose code, config and `cacheKey` (src/lib/page-cache.ts) are unchanged since the last
  // build is copied from the cache instead of rendered, which keeps a rebuild of a large site in seconds.
  experimental: { contentIntellisense: true, incrementalBuild: true },
  // sitemap-index.xml + sitemap-0.xml with absolute URLs under the base; 404.html is left out by the integration.
  // Each page's translations are listed as xhtml:link alternates (src/integrations/sitemap.ts).
  // Languages are routed by plain getStaticPaths under src/pages/[...lang]/ rather than Astro's `i18n` option: the
  // languages come from the recaps, which the config cannot know, and the URLs follow Astro's convention anyway
  // (the site's language at the root, `/<lang>/` for the others: src/site/languages.ts).
  // fonts: the web fonts cut to what the pages use, in the cache (src/design/fonts.ts), importable as @fulltime/fonts/.
  // liveContentReload (astro dev only): a saved recap shows on the next request, without waiting for Astro's store.
  // contentReadAhead (astro dev only): the first content read starts in a worker while Astro starts.
  integrations: [
    contentReadAhead(),
    fonts(),
    sitemapWithAlternates(),
    contentErrorOverlay(),
    liveContentReload(),
    contentPhotos(),
    ogCards(),
  ],
});
