/** Random secrets for bearer tokens and invitation codes, and their stored SHA-256 hashes. */
export function randomSecret(prefix: string, bytes = 24): string {
  const raw = crypto.getRandomValues(new Uint8Array(bytes));
  return prefix + Buffer.from(raw).toString('base64url');
}

export async function sha256(secret: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(secret));
  return Buffer.from(digest).toString('hex');
}
