/** Why a sync did not complete, in terms the side panel can explain to a rep. */
export type SyncFailure = 'offline' | 'unauthorized' | 'update_required' | 'resync_required' | 'refused' | 'server';

export class SyncError extends Error {
  constructor(
    readonly kind: SyncFailure,
    message: string,
    /** The server's error code, when it sent one (e.g. `mutation_gap`). */
    readonly code?: string,
  ) {
    super(message);
  }
}

export async function failureFromResponse(res: Response): Promise<SyncError> {
  let message = `HTTP ${res.status}`;
  let code: string | undefined;
  try {
    const body = (await res.json()) as { error?: unknown; code?: unknown };
    if (typeof body.error === 'string') message = body.error;
    if (typeof body.code === 'string') code = body.code;
  } catch {
    /* a body that is not JSON keeps the status line */
  }
  if (res.status === 401 || res.status === 403) return new SyncError('unauthorized', message);
  if (res.status === 426) return new SyncError('update_required', message);
  if (res.status === 410) return new SyncError('resync_required', message);
  if (res.status >= 500) return new SyncError('server', message);
  return new SyncError('refused', message, code);
}
