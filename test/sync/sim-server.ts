import { serve, type ServerType } from '@hono/node-server';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '@pipeclip/server';
import { openDb, type DbHandle } from '@pipeclip/server/db';
import { migrate } from '../../server/src/db/migrate.ts';

/**
 * The real server app over real HTTP on loopback, that can be restarted mid-run: on a PGlite data folder, or on
 * a PostgreSQL database when `databaseUrl` is given (then a restart is the server process's, the database stays).
 */
export class SimServer {
  handle!: DbHandle;
  private server!: ServerType;
  port = 0;
  private constructor(
    readonly dataDir: string,
    readonly databaseUrl: string | undefined,
  ) {}

  static async start(databaseUrl?: string): Promise<SimServer> {
    const sim = new SimServer(mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'pipeclip-chaos-')), databaseUrl);
    await sim.open();
    return sim;
  }

  get engine(): DbHandle['engine'] {
    return this.handle.engine;
  }

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  private async open() {
    this.handle = await openDb({ dataDir: this.dataDir, databaseUrl: this.databaseUrl });
    await migrate(this.handle);
    await new Promise<void>((resolve) => {
      this.server = serve({ fetch: createApp({ handle: this.handle, joinsPerMinute: 100_000 }).fetch, port: this.port, hostname: '127.0.0.1' }, (info) => {
        this.port = info.port;
        resolve();
      });
    });
  }

  /** Stops the server with requests in flight (connections cut) and starts it again on the same data. */
  async restart(): Promise<void> {
    const server = this.server as unknown as { closeAllConnections?: () => void; close(cb: () => void): void };
    server.closeAllConnections?.();
    await new Promise<void>((r) => server.close(() => r()));
    await this.handle.close().catch(() => undefined);
    await this.open();
  }

  async stop(): Promise<void> {
    const server = this.server as unknown as { closeAllConnections?: () => void; close(cb: () => void): void };
    server.closeAllConnections?.();
    await new Promise<void>((r) => server.close(() => r()));
    await this.handle.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
