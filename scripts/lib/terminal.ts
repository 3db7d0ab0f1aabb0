/** Terminal colours for diagnostics, only when the stream is a TTY and NO_COLOR is unset. */
import pc from 'picocolors';
import type { Styles } from '../../src/recap/diagnostics.ts';

/** Styles for a stream: coloured on a TTY, plain otherwise. */
export function terminalStyles(stream: NodeJS.WriteStream): Styles {
  const colour = Boolean(stream.isTTY) && !('NO_COLOR' in process.env);
  const c = pc.createColors(colour);
  return { error: (s) => c.bold(c.red(s)), warning: (s) => c.bold(c.yellow(s)), dim: c.dim, bold: c.bold };
}
