// print(tensor): the engine's values read back, then PyTorch's exact layout (../format).

import * as E from '../../../engine/index.ts';
import type { Tensor } from '../../../engine/index.ts';
import { formatParameter, formatTensor, type TensorPrintInfo } from '../format/index.ts';

export async function tensorRepr(t: Tensor): Promise<string> {
  const data = { shape: t.shape, dtype: t.dtype, values: await t.data() };
  const device = E.deviceOf(t) === 'cuda' ? 'cuda:0' : null;
  const info: TensorPrintInfo = { requiresGrad: t.requiresGrad, gradFn: t.gradFn?.name ?? null, device };
  return t.isParameter ? formatParameter(data, info) : formatTensor(data, info);
}
