// Runs a command and measures it as the benchmark reports it: wall time, and peak resident memory of the largest
// process in its tree (Astro spawns nothing, but the search index runs Pagefind's binary), read from /proc.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  ms: number;
  /** Largest peak RSS (VmHWM) of any one process in the tree, in bytes. */
  peakRss: number;
  /** Which command that process ran. */
  peakCommand: string;
  code: number | null;
  output: string;
}

function childrenOf(pid: number): number[] {
  const kids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/u.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) kids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return kids;
}

function highWater(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export function measure(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; echo?: boolean } = {}): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (options.echo) process.stderr.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let peakRss = 0;
    let peakCommand = command;
    const seen = new Map<number, string>();
    const sample = () => {
      const queue = [child.pid!];
      while (queue.length) {
        const pid = queue.pop()!;
        if (!seen.has(pid)) {
          try {
            seen.set(pid, readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').slice(0, 3).join(' '));
          } catch {
            seen.set(pid, '?');
          }
        }
        const rss = highWater(pid);
        if (rss > peakRss) {
          peakRss = rss;
          peakCommand = seen.get(pid)!;
        }
        queue.push(...childrenOf(pid));
      }
    };
    const timer = setInterval(sample, 250);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - started, peakRss, peakCommand, code, output });
    });
  });
}
