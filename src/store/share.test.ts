import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, fromBase64Url, SHARE_PREFIX, shareLink, ShareLinkError, toBase64Url } from './share.ts';

const shared = {
  lessonId: '04-regression',
  code: { keras: 'import tensorflow as tf\nprint("ü → 🚀")\n', pytorch: 'import torch\n'.repeat(200) },
};

describe('share links', () => {
  it('carry every pane’s code there and back', async () => {
    expect(await decodeShare(await encodeShare(shared))).toEqual(shared);
  });

  it('are URL-safe and compressed', async () => {
    const token = await encodeShare(shared);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(token.length).toBeLessThan(shared.code.pytorch.length / 4);
  });

  it('replace the page’s hash with the share token', async () => {
    const link = await shareLink('https://tandem.example/app/#/lessons/04-regression', shared);
    expect(link.startsWith(`https://tandem.example/app/${SHARE_PREFIX}`)).toBe(true);
    expect(await decodeShare(link.slice(link.indexOf(SHARE_PREFIX) + SHARE_PREFIX.length))).toEqual(shared);
  });

  it('say so when the link was cut short', async () => {
    const token = await encodeShare(shared);
    await expect(decodeShare(token.slice(0, token.length / 2))).rejects.toThrow(ShareLinkError);
  });

  it('keep only panes Tandem knows, as text', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ v: 1, lesson: '01-x', code: { keras: 'a', evil: 'b', pytorch: 3 } }));
    const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const token = toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
    expect(await decodeShare(token)).toEqual({ lessonId: '01-x', code: { keras: 'a' } });
  });

  it('base64url round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
  });
});
