/**
 * Running a command for the benchmark: its wall time, its output, and the peak of the summed
 * resident memory of its whole process tree, sampled from /proc.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const pageSize = 4096;

/** Summed resident memory of a process and all its descendants, from /proc. */
function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid);
      if (list) list.push(Number(name));
      else children.set(ppid, [Number(name)]);
    } catch {
      /* the process ended meanwhile */
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * pageSize;
    } catch {
      /* ended */
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export interface Run {
  seconds: number;
  peakRss: number;
  output: string;
}

export async function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  logFile: string,
  cwd = process.cwd(),
): Promise<Run> {
  const started = performance.now();
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = createWriteStream(logFile);
  let output = '';
  const collect = (chunk: Buffer) => {
    log.write(chunk);
    output += chunk.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let peakRss = 0;
  const hasProc = existsSync('/proc/self/statm');
  const sample = () => {
    if (hasProc && child.pid) peakRss = Math.max(peakRss, treeRss(child.pid));
  };
  const timer = setInterval(sample, 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(timer);
  log.end();
  if (code !== 0)
    throw new Error(
      `${path.basename(args[0] ?? command)} ${args.slice(1).join(' ')} failed (exit ${code}); log: ${logFile}\n${output.slice(-3000)}`,
    );
  return { seconds: (performance.now() - started) / 1000, peakRss, output };
}
