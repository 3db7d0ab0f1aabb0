/**
 * Runs a command and measures it: wall time, the peak resident memory of its whole process tree (sampled
 * from /proc, so worker processes and native helpers such as Pagefind count), and the time each output line
 * arrived, from which the benchmark reads the build's phases.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** One line of output and when it arrived, in ms since the start. */
export interface TimedLine {
  readonly at: number;
  readonly text: string;
}

/** What a measured run gives back. */
export interface Measured {
  readonly code: number;
  readonly wallMs: number;
  /** Peak of the summed RSS of the process and all its descendants, in bytes (0 where /proc is missing). */
  readonly peakRss: number;
  /** Tree RSS samples over time (ms since start, bytes), for memory by phase. */
  readonly rssSamples: readonly { readonly at: number; readonly rss: number }[];
  /** User + system CPU time of the whole tree, in ms: steadier than wall time on a busy machine. */
  readonly cpuMs: number;
  readonly lines: readonly TimedLine[];
  readonly output: string;
}

const PAGE_SIZE = 4096;

/** Parent of every process, read from /proc/<pid>/stat (the field after the parenthesised name). */
function parents(): Map<number, number> {
  const out = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return out;
}

/** Summed RSS in bytes of `root` and its descendants. */
export function treeRss(root: number): number {
  let map: Map<number, number>;
  try {
    map = parents();
  } catch {
    return 0;
  }
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of map) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of tree) {
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
    } catch {
      // Gone already.
    }
  }
  return total;
}

/** Sums a `times` line, `0m12.345s 0m1.234s` (user, system), into ms. */
export function cpuOf(line: string): number {
  let total = 0;
  for (const m of line.matchAll(/(\d+)m(\d+(?:\.\d+)?)s/g)) total += (Number(m[1]) * 60 + Number(m[2])) * 1000;
  return total;
}

/** Options of a measured run. */
export interface RunOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Sampling period for memory, ms. */
  readonly sampleMs?: number;
  /** Called with each output line as it arrives (progress display). */
  readonly onLine?: (line: TimedLine) => void;
}

/** Runs `command args` and measures it; never throws for a non-zero exit (the caller reads `code`). */
export function measure(command: string, args: readonly string[], options: RunOptions): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // bash's `times` prints the CPU time of every reaped descendant: worker threads, child processes, all of it.
    const script = '"$@"; rc=$?; echo; echo "@@times"; times; exit $rc';
    const child = spawn('bash', ['-c', script, 'bench', command, ...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: TimedLine[] = [];
    const chunks: string[] = [];
    let peakRss = 0;
    const rssSamples: { at: number; rss: number }[] = [];
    const sample = () => {
      if (child.pid === undefined) return;
      const rss = treeRss(child.pid);
      rssSamples.push({ at: performance.now() - started, rss });
      peakRss = Math.max(peakRss, rss);
    };
    const timer = setInterval(sample, options.sampleMs ?? 100);
    const take = (stream: NodeJS.ReadableStream) => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        chunks.push(chunk);
        const at = performance.now() - started;
        const parts = (rest + chunk).split('\n');
        rest = parts.pop() ?? '';
        for (const text of parts) {
          const line = { at, text };
          lines.push(line);
          options.onLine?.(line);
        }
      });
      stream.on('end', () => {
        if (rest !== '') lines.push({ at: performance.now() - started, text: rest });
      });
    };
    take(child.stdout);
    take(child.stderr);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const marker = lines.findIndex((l) => l.text === '@@times');
      const cpuMs = marker === -1 ? 0 : cpuOf(lines[marker + 2]?.text ?? '');
      const own = marker === -1 ? lines : lines.slice(0, Math.max(0, marker - 1));
      resolve({
        code: code ?? 1,
        wallMs: performance.now() - started,
        peakRss,
        rssSamples,
        cpuMs,
        lines: own,
        output: own.map((l) => l.text).join('\n'),
      });
    });
  });
}
