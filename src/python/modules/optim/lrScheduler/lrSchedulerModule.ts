// torch.optim.lr_scheduler: the schedules PyTorch 1.13 provides that Tandem supports, by their PyTorch names.

import type { PyModule } from '../../../objects/module.ts';
import { defineModule } from '../../../runtime/native.ts';
import { ConstantLR, CosineAnnealingLR, ExponentialLR, LinearLR, MultiStepLR, StepLR } from './decays.ts';
import { LambdaLR, MultiplicativeLR } from './lambdas.ts';
import { ReduceLROnPlateau } from './reduceLROnPlateau.ts';
import { lrSchedulerBase, MODULE } from './scheduler.ts';

export function loadLrScheduler(): PyModule {
  return defineModule(MODULE, {
    _LRScheduler: lrSchedulerBase,
    LambdaLR,
    MultiplicativeLR,
    StepLR,
    MultiStepLR,
    ConstantLR,
    LinearLR,
    ExponentialLR,
    CosineAnnealingLR,
    ReduceLROnPlateau,
  });
}
