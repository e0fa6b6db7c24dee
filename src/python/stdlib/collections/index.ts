// `collections`: the containers learner code reaches for (defaultdict, Counter, OrderedDict, namedtuple,
// deque), each in its own file. The rest of the module is not provided: names it lacks raise AttributeError.

import type { PyModule } from '../../objects/module.ts';
import { defineModule } from '../../runtime/native.ts';
import { counterType } from './counter.ts';
import { defaultdictType } from './defaultdict.ts';
import { dequeType } from './deque.ts';
import { namedtuple } from './namedtuple.ts';
import { orderedDictType } from './ordereddict.ts';

export function loadCollections(): PyModule {
  return defineModule('collections', {
    defaultdict: defaultdictType,
    Counter: counterType,
    OrderedDict: orderedDictType,
    namedtuple,
    deque: dequeType,
  });
}
