// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { site } from './src/config.ts';

// Pages are folders (`/recaps/<slug>/index.html`) served with a trailing slash, so the two settings agree.
export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Astro 7 renders Markdown with Sätteri by default; recaps go through unified/remark (GFM and smart quotes on).
    processor: unified(),
  },
  devToolbar: { enabled: false },
});
