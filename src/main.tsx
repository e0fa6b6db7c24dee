import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { regression } from './lessons/04-regression/index.ts';
import { createPlayground } from './store/playground.ts';
import { createRunControls } from './store/runs.ts';
import { App } from './ui/App.tsx';
import { WorkerClient } from './worker/client.ts';
import './ui/app.css';

const playground = createPlayground(regression);
const controls = createRunControls(playground, new WorkerClient());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App playground={playground} controls={controls} />
  </StrictMode>,
);
