// The standard-library modules Tandem provides itself (the ML libraries live in ../modules): math and random
// in full, and the parts of time, sys, typing, collections, itertools, functools and operator that learner
// programs touch.

import type { ModuleRegistry } from '../objects/module.ts';
import { loadCollections } from './collections/index.ts';
import { loadFunctools } from './functools.ts';
import { loadItertools } from './itertools.ts';
import { loadOperator } from './operator.ts';
import { loadMath } from './math.ts';
import { loadRandom } from './random.ts';
import { loadSys } from './sys.ts';
import { loadTime } from './time.ts';
import { loadTyping } from './typing.ts';

export const stdlib: ModuleRegistry = {
  collections: loadCollections,
  itertools: loadItertools,
  functools: loadFunctools,
  operator: loadOperator,
  math: loadMath,
  random: loadRandom,
  time: loadTime,
  sys: loadSys,
  typing: loadTyping,
};
