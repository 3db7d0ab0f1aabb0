/**
 * The dev server's view of the content: the errors of the last content sync, if it failed. The loader sets it,
 * the dev middleware throws it (so Astro's error overlay shows it) and the dev integration reloads open pages
 * when it changes. Kept on `globalThis` because Astro loads the loader, the middleware and the integration as
 * separate module instances in one process.
 */
import path from 'node:path';
import { formatReport, type Diagnostic } from '../recap/diagnostics.ts';

/** Errors of the last failed sync, or none when the content is valid. */
export interface ContentStatus {
  readonly errors: readonly Diagnostic[];
  /** Folder the diagnostics' file paths are relative to. */
  readonly root: string;
}

type Listener = (status: ContentStatus) => void;

interface State {
  status: ContentStatus;
  listeners: Set<Listener>;
}

const KEY = Symbol.for('fulltime.dev.content-status');

function state(): State {
  const holder = globalThis as typeof globalThis & { [KEY]?: State };
  holder[KEY] ??= { status: { errors: [], root: process.cwd() }, listeners: new Set() };
  return holder[KEY];
}

/** Records the outcome of a content sync; listeners hear about every change between valid and invalid content. */
export function setContentErrors(errors: readonly Diagnostic[], root = process.cwd()): void {
  const s = state();
  const before = formatReport(s.status.errors);
  s.status = { errors, root };
  if (formatReport(errors) !== before) for (const listener of s.listeners) listener(s.status);
}

/** The current status. */
export function contentStatus(): ContentStatus {
  return state().status;
}

/** Calls `listener` whenever the errors change; returns a function that stops it. */
export function onContentStatus(listener: Listener): () => void {
  const s = state();
  s.listeners.add(listener);
  return () => s.listeners.delete(listener);
}

/** The shape Astro's dev overlay reads: message, hint, and the location it shows as a code frame. */
export interface OverlayError extends Error {
  readonly title: string;
  readonly hint: string;
  readonly loc: { readonly file: string; readonly line: number; readonly column: number };
}

/** An error for the overlay: every message as the build prints it, the first one's file as the code frame. */
export function overlayError(status: ContentStatus): OverlayError | undefined {
  const [first] = status.errors;
  if (!first) return undefined;
  const error = new Error(formatReport(status.errors)) as Error & { -readonly [K in keyof OverlayError]: OverlayError[K] };
  error.name = 'ContentError';
  error.title = 'Invalid recap content';
  error.hint = 'Fix the file and save it: the page reloads by itself.';
  error.loc = { file: path.resolve(status.root, first.file), line: first.line, column: first.column };
  // No JavaScript stack: the problem is in the content file, and the overlay shows that file instead.
  error.stack = '';
  return error;
}
