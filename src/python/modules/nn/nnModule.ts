// The torch.nn module: Module, Parameter, the layers and losses, and the functional and init submodules.

import type { PyModule } from '../../objects/module.ts';
import { defineModule } from '../../runtime/native.ts';
import { parameterType } from '../torch/pyTensor.ts';
import { loadFunctional } from './functional.ts';
import { loadInit } from './init.ts';
import { layerClasses } from './layers.ts';

export function loadNn(): PyModule {
  return defineModule('torch.nn', {
    ...layerClasses(),
    Parameter: parameterType,
    functional: loadFunctional(),
    init: loadInit(),
  });
}
