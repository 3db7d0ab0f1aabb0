/**
 * V8's `gc` for the calling thread, for the collections the card step asks for itself: a young-generation one after
 * each card in the workers (resvg's native memory, worker.ts), a full one before the build waits on its cards
 * (src/integrations/og.ts) and in the card benchmark. Node exposes it only behind `--expose-gc`, which is set here
 * at run time, and the function is taken from a fresh context, where V8 installs it.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** A collection: `minor` for the young generation only, `major` (the default) for the whole heap. */
export type CollectGarbage = (options?: { type: 'minor' | 'major' }) => void;

let gc: CollectGarbage | undefined;

/** This thread's `gc`. */
export function exposedGc(): CollectGarbage {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as CollectGarbage;
  }
  return gc;
}
