// torch.optim.

export { Optimizer, type ParamGroup } from './optimizer.ts';
export { SGD, type SGDGroup, type SGDOptions } from './sgd.ts';
export { Adam, AdamW, type AdamGroup, type AdamOptions } from './adam.ts';
export { RMSprop, type RMSpropGroup, type RMSpropOptions } from './rmsprop.ts';
export { Adagrad, type AdagradGroup, type AdagradOptions } from './adagrad.ts';
