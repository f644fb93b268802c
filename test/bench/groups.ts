import { captureBench } from './capture.ts';
import { chaosGroup } from './chaos.ts';
import { dashboardGroup } from './dashboard.ts';
import { boardGroup } from './board.ts';
import { serverGroup } from './server.ts';
import { sidepanelGroup } from './sidepanel.ts';
import { syncPeersGroup } from './sync-peers/index.ts';
import { teamLoadGroup } from './team-load.ts';
import type { BenchGroup } from './types.ts';

/** Every benchmark group, in the order they run. */
export const groups: BenchGroup[] = [captureBench, sidepanelGroup, serverGroup, chaosGroup, boardGroup, syncPeersGroup, teamLoadGroup, dashboardGroup];
