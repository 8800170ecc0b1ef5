import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used so far, or null when it is gone. */
export const cpuSecondsOf = (pid: number): number | null => {
  try {
    // Fields after the command name, which is in parentheses and may hold spaces: utime is the 12th, stime the 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
};

/** Busy and total CPU seconds of the whole machine so far, summed over its cores. */
export const machineCpuSeconds = (): { busy: number; total: number } => {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const ticks = values.map(Number);
  const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
  const total = ticks.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: (total - idle) / TICKS_PER_SECOND, total: total / TICKS_PER_SECOND };
};

/** Measures, over a stretch of time, the share of one core each named process used and how busy the machine was. */
export const cpuMeter = (processes: Record<string, number | null>): (() => { perProcess: Record<string, number>; machine: number }) => {
  const startedAt = performance.now();
  const before = Object.fromEntries(Object.entries(processes).map(([name, pid]) => [name, pid ? cpuSecondsOf(pid) : null]));
  const machineBefore = machineCpuSeconds();
  return () => {
    const seconds = (performance.now() - startedAt) / 1000;
    const perProcess: Record<string, number> = {};
    for (const [name, pid] of Object.entries(processes)) {
      const now = pid ? cpuSecondsOf(pid) : null;
      const then = before[name];
      if (now !== null && then !== null && then !== undefined) perProcess[name] = Math.round(((now - then) / seconds) * 100);
    }
    const machineNow = machineCpuSeconds();
    const machine = Math.round(((machineNow.busy - machineBefore.busy) / (machineNow.total - machineBefore.total)) * 100);
    return { perProcess, machine };
  };
};
