/** True only in the end-to-end build: exposes test hooks that production builds strip out. */
declare const __E2E__: boolean;
