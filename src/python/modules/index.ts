// The Python modules Tandem provides, by import name. Each loader runs once per run, so module state (the
// current figure, the seed) starts fresh every time. torch.nn and torch.optim come with torch, as in PyTorch.

import type { ModuleRegistry } from '../objects/module.ts';
import { defineModule } from '../runtime/native.ts';
import { loadPyplot } from './matplotlib/pyplot.ts';
import { loadNumpy } from './numpy/numpyModule.ts';
import { loadSklearnDatasets } from './sklearn/datasets.ts';
import { loadKeras, loadTensorflow } from './tensorflow/tensorflowModule.ts';
import { loadTorch } from './torch/torchModule.ts';

export const registry: ModuleRegistry = {
  torch: loadTorch,
  numpy: loadNumpy,
  tensorflow: loadTensorflow,
  keras: loadKeras,
  matplotlib: () => defineModule('matplotlib', {}),
  'matplotlib.pyplot': loadPyplot,
  sklearn: () => defineModule('sklearn', {}),
  'sklearn.datasets': loadSklearnDatasets,
};
