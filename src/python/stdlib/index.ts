// The standard-library modules Tandem provides itself (the ML libraries live in ../modules).

import type { ModuleRegistry } from '../objects/module.ts';
import { loadMath } from './math.ts';
import { loadRandom } from './random.ts';

export const stdlib: ModuleRegistry = {
  math: loadMath,
  random: loadRandom,
};
