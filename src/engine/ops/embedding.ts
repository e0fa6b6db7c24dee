// torch.nn.functional.embedding: a lookup table. Row i of `weight` for every index i, as a take at flat
// positions (index·dim + column); its gradient scatter-adds the upstream rows back (PyTorch's
// EmbeddingBackward0), so a row looked up twice gets the sum of both gradients.

import { record } from '../autograd/record.ts';
import { legacyTypeName } from '../dtype.ts';
import { runtimeError, valueError } from '../errors.ts';
import { Tensor } from '../tensor.ts';
import { arangeKernel, binaryKernel, reshapeContiguous, scalarKernel, whereKernel } from './kernels.ts';
import { scatterAddKernel, takeKernel } from './positions.ts';

/**
 * padding_idx as PyTorch keeps it: a negative one counts from the end of the table, and either way it must
 * name a row (PyTorch asserts this; the Python layer raises AssertionError with the same text).
 */
export function normalizePaddingIdx(paddingIdx: number | null, numEmbeddings: number): number | null {
  if (paddingIdx === null) return null;
  if (paddingIdx < -numEmbeddings || paddingIdx >= numEmbeddings) throw valueError('Padding_idx must be within num_embeddings');
  return paddingIdx < 0 ? paddingIdx + numEmbeddings : paddingIdx;
}

/**
 * `F.embedding(indices, weight, padding_idx)`: shape indices.shape + [embedding_dim]. The padding row is looked
 * up like any other (whatever it holds); it only receives no gradient.
 */
export function embedding(weight: Tensor, indices: Tensor, paddingIdx: number | null = null): Tensor {
  if (weight.ndim !== 2) throw runtimeError("'weight' must be 2-D");
  if (indices.dtype !== 'int64') {
    // PyTorch names a bool tensor by its backend type here, every other dtype by its legacy tensor type.
    const got = indices.dtype === 'bool' ? 'CPUBoolType' : legacyTypeName(indices.dtype);
    throw runtimeError(
      `Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got ${got} instead (while checking arguments for embedding)`,
    );
  }
  const [numEmbeddings, dim] = weight.shape;
  const padding = normalizePaddingIdx(paddingIdx, numEmbeddings);
  // Unlike x[i], embedding does not wrap negative indices: -1 is as out of range as num_embeddings.
  const rows = Tensor.fromBuffer(
    indices.backend.checkIndex(indices.view, numEmbeddings, { wrapNegative: false, message: () => 'index out of range in self' }),
    indices.shape,
  );
  const rowStarts = binaryKernel('mul', reshapeContiguous(rows, [...indices.shape, 1]), scalarKernel(dim, 'int64', rows));
  const positions = binaryKernel('add', rowStarts, arangeKernel(0, dim, 1, 'int64', rows));
  const out = takeKernel(weight, positions);
  const shape = weight.shape;
  return record(
    out,
    'EmbeddingBackward0',
    [weight],
    (g) => {
      if (padding === null) return [scatterAddKernel(shape, positions, g)];
      const isPadding = binaryKernel('eq', reshapeContiguous(rows, [...indices.shape, 1]), scalarKernel(padding, 'int64', rows), 'bool');
      return [scatterAddKernel(shape, positions, whereKernel(isPadding, scalarKernel(0, g.dtype, g), g))];
    },
    [indices],
    [positions, rows],
  );
}
