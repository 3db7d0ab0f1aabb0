/** Dev-only middleware: while the content has errors, every page throws them so Astro's error overlay shows them. */
import type { MiddlewareHandler } from 'astro';
import { contentStatus, overlayError } from './content-status.ts';

/** Throws the current content errors, or renders the page as usual. */
export const onRequest: MiddlewareHandler = (_context, next) => {
  const error = overlayError(contentStatus());
  if (error) throw error;
  return next();
};
