import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const SERVER_DIR = resolve(import.meta.dirname, '../../../../server');

/**
 * Creates `count` empty teams in a PGlite data folder with the admin CLI (before the server holds the folder)
 * and returns each one's admin invitation code, good for several devices.
 */
export async function createTeams(dataDir: string, count: number): Promise<string[]> {
  const codes: string[] = [];
  for (let i = 0; i < count; i++) {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'create-team', `Bench ${i}`, 'Bench'], {
      cwd: SERVER_DIR,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    });
    const code = /\/join\/(\S+)/.exec(stdout)?.[1];
    if (!code) throw new Error(`create-team printed no invitation:\n${stdout}`);
    codes.push(code);
  }
  return codes;
}
