// What the components share: the lessons, the kept work, the runs on screen, the run controls and the worker
// client. Created once in main.tsx and handed down through React context.
import { createContext, useContext } from 'react';
import type { Lesson } from '../lessons/lesson.ts';
import type { KeptWork } from '../store/keptWork.ts';
import type { Playground } from '../store/playground.ts';
import type { RunControls } from '../store/runs.ts';
import type { WorkerClient } from '../worker/client.ts';
import type { Highlights } from './editor/highlights.ts';

export interface Services {
  lessons: readonly Lesson[];
  kept: KeptWork;
  playground: Playground;
  controls: RunControls;
  client: WorkerClient;
  highlights: Highlights;
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (services === null) throw new Error('useServices needs a ServicesContext.Provider');
  return services;
}
