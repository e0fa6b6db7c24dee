import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { lessons } from './lessons/catalog.ts';
import { createKeptWork, memoryStorage } from './store/keptWork.ts';
import { createPlayground } from './store/playground.ts';
import { createRunControls } from './store/runs.ts';
import { App } from './ui/App.tsx';
import { createHighlights } from './ui/editor/highlights.ts';
import { registerServiceWorker } from './ui/offline.ts';
import { ServicesContext, type Services } from './ui/services.ts';
import { WorkerClient } from './worker/client.ts';
import './ui/app.css';

const client = new WorkerClient();
const kept = createKeptWork(localStorageOrMemory());
const playground = createPlayground(lessons[0]!);
const services: Services = {
  lessons,
  kept,
  playground,
  client,
  controls: createRunControls(playground, kept, client),
  highlights: createHighlights(),
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ServicesContext.Provider value={services}>
      <App />
    </ServicesContext.Provider>
  </StrictMode>,
);

if (import.meta.env.PROD) registerServiceWorker();

/** localStorage, unless the browser refuses it (some private modes): then work is kept for the visit only. */
function localStorageOrMemory() {
  try {
    const probe = 'tandem:probe';
    window.localStorage.setItem(probe, probe);
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    return memoryStorage();
  }
}
