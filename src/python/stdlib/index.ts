// The standard-library modules Tandem provides itself (the ML libraries live in ../modules): math and random
// in full, and the parts of time, sys and typing that learner programs touch.

import type { ModuleRegistry } from '../objects/module.ts';
import { loadMath } from './math.ts';
import { loadRandom } from './random.ts';
import { loadSys } from './sys.ts';
import { loadTime } from './time.ts';
import { loadTyping } from './typing.ts';

export const stdlib: ModuleRegistry = {
  math: loadMath,
  random: loadRandom,
  time: loadTime,
  sys: loadSys,
  typing: loadTyping,
};
