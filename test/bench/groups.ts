import { serverGroup } from './server.ts';
import { sidepanelGroup } from './sidepanel.ts';
import type { BenchGroup } from './types.ts';

/** Every benchmark group, in the order they run. */
export const groups: BenchGroup[] = [sidepanelGroup, serverGroup];
