// Light and dark: the system's choice unless the learner picked one (kept with their work).
import { useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import type { ThemeChoice } from '../store/keptWork.ts';
import { useServices } from './services.ts';

export type Theme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribeSystem(onChange: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const systemTheme = (): Theme => (window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light');

export function resolveTheme(choice: ThemeChoice, system: Theme): Theme {
  return choice === 'system' ? system : choice;
}

/** The theme the page shows now. */
export function useResolvedTheme(): Theme {
  const { kept } = useServices();
  const choice = useStore(kept, (state) => state.theme);
  const system = useSyncExternalStore(subscribeSystem, systemTheme, () => 'light' as const);
  return resolveTheme(choice, system);
}

/** The next choice of the theme switch: system → light → dark → system. */
export function nextTheme(choice: ThemeChoice): ThemeChoice {
  return choice === 'system' ? 'light' : choice === 'light' ? 'dark' : 'system';
}
