// Where the learner is, in the URL hash (so every view has a link, and the built app needs no server routes):
// `#/` the lesson list, `#/lessons/<id>` a lesson, `#share=<token>` a share link (store/share.ts).
import { useSyncExternalStore } from 'react';
import { SHARE_PREFIX } from '../store/share.ts';

export type Route = { view: 'home' } | { view: 'lesson'; lessonId: string } | { view: 'share'; token: string };

export function parseRoute(hash: string): Route {
  if (hash.startsWith(SHARE_PREFIX)) return { view: 'share', token: hash.slice(SHARE_PREFIX.length) };
  const lesson = /^#\/lessons\/([\w-]+)\/?$/.exec(hash);
  if (lesson !== null) return { view: 'lesson', lessonId: lesson[1]! };
  return { view: 'home' };
}

export const lessonHash = (lessonId: string): string => `#/lessons/${lessonId}`;
export const HOME_HASH = '#/';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current location hash; components re-render when it changes. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
