/**
 * Random ids made in the browser. `crypto.getRandomValues` rather than `randomUUID`:
 * the latter exists only in secure contexts, and a portal may be served over plain
 * HTTP inside a government network.
 */
function randomBytes(count: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(count));
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A version 4 UUID, "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx" (for `Idempotency-Key`). */
export function newUuid(): string {
  const b = randomBytes(16);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const s = hex(b);
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** `prefix` + 32 hex digits (128 random bits): an id the client makes once and may resend. */
export function newClientId(prefix: string): string {
  return `${prefix}${hex(randomBytes(16))}`;
}
