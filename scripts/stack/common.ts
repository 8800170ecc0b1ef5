import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const stackDir = resolve(process.env.CLAIMWIRE_STACK_DIR ?? join(repoRoot, '.stack'));
export const logDir = join(stackDir, 'logs');
export const m2Repository = join(homedir(), '.m2', 'repository');

export const say = (text: string): void => void process.stderr.write(`stack: ${text}\n`);

export class StackError extends Error {
  override name = 'StackError';
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** True when something accepts TCP connections on host:port. */
export const portOpen = (port: number, host = '127.0.0.1'): Promise<boolean> =>
  new Promise((resolvePort) => {
    const socket = createConnection({ port, host });
    socket.setTimeout(1_000);
    socket.once('connect', () => {
      socket.destroy();
      resolvePort(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolvePort(false);
    });
    socket.once('error', () => resolvePort(false));
  });

/** Fails with a clear message when a command the stack needs is not installed. */
export const requireCommand = (command: string, hint: string): void => {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  if (found.status !== 0) throw new StackError(`${command} is not installed: ${hint}`);
};

/** Runs a command to completion, its output going to a log file; throws with the log's tail on failure. */
export const runLogged = (command: string, args: string[], logName: string, cwd = repoRoot): void => {
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, logName);
  const fd = openSync(logFile, 'w');
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  if (result.status !== 0)
    throw new StackError(`${command} ${args.slice(0, 3).join(' ')}... failed (exit ${result.status}):\n${tail(logFile)}`);
};

export const tail = (file: string, lines = 25): string =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .trimEnd()
        .split('\n')
        .slice(-lines)
        .map((l) => `    ${l}`)
        .join('\n')
    : `    (no log at ${file})`;

const pidFile = (name: string): string => join(stackDir, `${name}.pid`);

/** Starts a long-running service detached from this process, its output in logs/<name>.log, its pid remembered. */
export const startDetached = (name: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number => {
  mkdirSync(logDir, { recursive: true });
  const fd = openSync(join(logDir, `${name}.log`), 'a');
  const child = spawn(command, args, { cwd: stackDir, detached: true, stdio: ['ignore', fd, fd], env });
  closeSync(fd);
  child.unref();
  writeFileSync(pidFile(name), String(child.pid));
  return child.pid!;
};

/** The pid of a service this stack started and that still runs, else null. */
export const ownPid = (name: string): number | null => {
  if (!existsSync(pidFile(name))) return null;
  const pid = Number(readFileSync(pidFile(name), 'utf8'));
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    rmSync(pidFile(name), { force: true });
    return null;
  }
};

/** Stops a service this stack started: SIGTERM, then SIGKILL after the grace period (at once when it is 0). */
export const stopOwn = async (name: string, graceMs = 15_000): Promise<boolean> => {
  const pid = ownPid(name);
  if (pid === null) return false;
  process.kill(-pid, graceMs > 0 ? 'SIGTERM' : 'SIGKILL');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && ownPid(name) !== null) await sleep(200);
  if (ownPid(name) !== null) process.kill(-pid, 'SIGKILL');
  const killedBy = Date.now() + 10_000;
  while (Date.now() < killedBy && ownPid(name) !== null) await sleep(100);
  rmSync(pidFile(name), { force: true });
  return true;
};

/** Waits until `ready` passes, failing after the timeout with the service log's tail. */
export const waitUntil = async (
  what: string,
  ready: () => Promise<boolean>,
  timeoutMs: number,
  logName: string,
  alive: () => boolean = () => true,
): Promise<void> => {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await ready().catch(() => false)) return;
    if (!alive()) throw new StackError(`${what} exited during start-up; its log ends:\n${tail(join(logDir, logName))}`);
    await sleep(500);
  }
  throw new StackError(
    `${what} did not become ready within ${Math.round(timeoutMs / 1000)} s; its log ends:\n${tail(join(logDir, logName))}`,
  );
};
