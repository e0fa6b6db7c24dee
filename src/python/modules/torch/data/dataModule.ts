// torch.utils and torch.utils.data: the names PyTorch exports there, as one module each. torch.utils.data is
// an attribute of torch.utils, so `import torch.utils.data as data`, `from torch.utils import data` and
// `torch.utils.data.DataLoader` all find it.

import { None } from '../../../objects/constants.ts';
import type { PyModule } from '../../../objects/module.ts';
import { defineModule, method } from '../../../runtime/native.ts';
import { defaultCollateFunction, defaultConvertFunction } from './collate.ts';
import { dataLoaderType } from './dataloader.ts';
import { concatDatasetType, datasetType, subsetType, tensorDatasetType } from './dataset.ts';
import { randomSplitFunction } from './randomSplit.ts';
import { batchSamplerType, randomSamplerType, samplerType, sequentialSamplerType, subsetRandomSamplerType } from './sampler.ts';

export function loadData(): PyModule {
  return defineModule('torch.utils.data', {
    Dataset: datasetType,
    TensorDataset: tensorDatasetType,
    Subset: subsetType,
    ConcatDataset: concatDatasetType,
    random_split: randomSplitFunction,
    DataLoader: dataLoaderType,
    Sampler: samplerType,
    SequentialSampler: sequentialSamplerType,
    RandomSampler: randomSamplerType,
    SubsetRandomSampler: subsetRandomSamplerType,
    BatchSampler: batchSamplerType,
    default_collate: defaultCollateFunction,
    default_convert: defaultConvertFunction,
    /** None in the main process, which is the only process a Tandem program has. */
    get_worker_info: method([], () => None),
  });
}

export function loadUtils(): PyModule {
  return defineModule('torch.utils', { data: loadData() });
}
