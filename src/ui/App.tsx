import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { ConfirmProvider } from './dialog.tsx';
import { HomeView } from './home/HomeView.tsx';
import { useKeyboard } from './keyboard.ts';
import { LessonView } from './lesson/LessonView.tsx';
import { HOME_HASH, parseRoute, useHash } from './route.ts';
import { useServices } from './services.ts';
import { SharedLinkOpener } from './SharedLinkOpener.tsx';
import { nextTheme, useResolvedTheme } from './theme.ts';

export function App() {
  return (
    <ConfirmProvider>
      <Page />
    </ConfirmProvider>
  );
}

function Page() {
  const { lessons } = useServices();
  const route = parseRoute(useHash());
  const theme = useResolvedTheme();
  const lesson = route.view === 'lesson' ? (lessons.find((candidate) => candidate.id === route.lessonId) ?? null) : null;
  useKeyboard(lesson !== null);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    if (lesson === null) document.title = 'Tandem · Keras and PyTorch side by side';
  }, [lesson]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <a className="brand" href={HOME_HASH} aria-label="Tandem: all lessons">
          <span className="brand-mark" aria-hidden="true">
            <span />
            <span />
          </span>
          <h1>Tandem</h1>
        </a>
        <p className="tagline">Keras and PyTorch, side by side, trained in your browser</p>
        <ThemeSwitch />
      </header>
      {route.view === 'share' ? <SharedLinkOpener token={route.token} /> : lesson !== null ? <LessonView lesson={lesson} /> : <HomeView />}
    </div>
  );
}

function ThemeSwitch() {
  const { kept } = useServices();
  const choice = useStore(kept, (state) => state.theme);
  const [announce, setAnnounce] = useState('');
  const label = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' }[choice];
  return (
    <>
      <button
        type="button"
        className="button button-quiet theme-switch"
        data-testid="theme-switch"
        data-theme-choice={choice}
        title="Switch between the system's theme, light and dark"
        onClick={() => {
          const next = nextTheme(choice);
          kept.getState().setTheme(next);
          setAnnounce(`Theme: ${next}`);
        }}
      >
        {label}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {announce}
      </span>
    </>
  );
}
