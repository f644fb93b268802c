import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './postgres.ts';

export interface RunningServer {
  url: string;
  /** The invitation link the server printed on its first start. */
  invitation: string | undefined;
  dataDir: string;
  process: ChildProcess;
  stop(): Promise<void>;
  /** Kills the process at once (SIGKILL): no graceful shutdown, as in a crash. */
  kill(): Promise<void>;
  /** Removes the data folder too. */
  destroy(): Promise<void>;
}

const SERVER_DIR = resolve(import.meta.dirname, '../../server');

// Built once per test process from the current sources, as `npm start` does.
let bundle: Promise<string> | undefined;
const built = () => (bundle ??= import('../../server/build.mjs').then((m) => m.buildServer()));

/** Starts the real server process (the bundle `npm start` runs) on a free loopback port with its own data folder. */
export async function startServer(options: { dataDir?: string; port?: number; env?: Record<string, string> } = {}): Promise<RunningServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'pipeclip-data-'));
  const port = options.port ?? (await freePort());
  // PIPECLIP_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server under a test or benchmark.
  const nodeArgs = process.env.PIPECLIP_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, '--enable-source-maps', await built()], {
    cwd: SERVER_DIR,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<void>((resolveReady, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Pipeclip server listening/.test(output) && /(join\/\S+|Invite a rep)/.test(output)) {
        clearTimeout(timer);
        resolveReady();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  await ready;
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  const kill = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGKILL');
    });
  return {
    kill,
    url: `http://127.0.0.1:${port}`,
    invitation: /(http:\/\/\S+\/join\/\S+)/.exec(output)?.[1],
    dataDir,
    process: child,
    stop,
    async destroy() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
