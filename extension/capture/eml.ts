import { candidatesFromMessage, defaultRegion, parseEml, type CaptureResult } from '@pipeclip/shared/capture';

const MAX_BYTES = 5_000_000;

/** Reads a dropped `.eml` file through the same signature extraction as the open mail in Gmail or Outlook. */
export async function captureEml(file: File): Promise<CaptureResult> {
  const started = performance.now();
  if (file.size > MAX_BYTES) throw new Error('eml-too-large');
  const message = await parseEml(await file.arrayBuffer());
  const candidates = candidatesFromMessage(message, defaultRegion('', navigator.language));
  return { url: `file:${file.name}`, title: message.subject, candidates, elapsedMs: performance.now() - started, truncated: false, notices: ['mail:eml'] };
}
