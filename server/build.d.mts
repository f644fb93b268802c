/** Where `buildServer` writes the server bundle. */
export const SERVER_BUNDLE: string;
/** Bundles the server's sources into `SERVER_BUNDLE` and returns that path. */
export function buildServer(): Promise<string>;
