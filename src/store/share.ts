// Share links: a lesson's code in the URL hash, deflated with the browser's own CompressionStream and written as
// base64url, so a link carries both panes without a server and without a dependency. Opening one shows the
// code; it runs nothing until the learner presses Run.
import type { Pane } from '../worker/protocol.ts';
import { PANES } from '../lessons/meta.ts';

export interface SharedCode {
  lessonId: string;
  code: Partial<Record<Pane, string>>;
}

/** What the hash starts with: `#share=<payload>`. */
export const SHARE_PREFIX = '#share=';

/** Version 1: the JSON of SharedCode as `{ v: 1, lesson, code }`. */
interface Payload {
  v: 1;
  lesson: string;
  code: Partial<Record<Pane, string>>;
}

export class ShareLinkError extends Error {
  override name = 'ShareLinkError';
}

export async function encodeShare(shared: SharedCode): Promise<string> {
  const payload: Payload = { v: 1, lesson: shared.lessonId, code: shared.code };
  const bytes = await pipe(new TextEncoder().encode(JSON.stringify(payload)), new CompressionStream('deflate-raw'));
  return toBase64Url(bytes);
}

export async function decodeShare(text: string): Promise<SharedCode> {
  let json: unknown;
  try {
    const bytes = await pipe(fromBase64Url(text), new DecompressionStream('deflate-raw'));
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new ShareLinkError('This share link is damaged: it may have been cut short when it was copied.');
  }
  return readPayload(json);
}

/** The share link for the page at `base` (its origin and path; any hash is replaced). */
export async function shareLink(base: string, shared: SharedCode): Promise<string> {
  const url = new URL(base);
  url.hash = '';
  return `${url.toString()}${SHARE_PREFIX}${await encodeShare(shared)}`;
}

function readPayload(json: unknown): SharedCode {
  if (typeof json !== 'object' || json === null) throw new ShareLinkError('This share link holds no code.');
  const { v, lesson, code } = json as Record<string, unknown>;
  if (v !== 1) throw new ShareLinkError('This share link was made by a newer Tandem.');
  if (typeof lesson !== 'string' || typeof code !== 'object' || code === null) {
    throw new ShareLinkError('This share link holds no code.');
  }
  const panes: Partial<Record<Pane, string>> = {};
  for (const pane of PANES) {
    const text = (code as Record<string, unknown>)[pane];
    if (typeof text === 'string') panes[pane] = text;
  }
  return { lessonId: lesson, code: panes };
}

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replaceAll('-', '+').replaceAll('_', '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
