// nn.Embedding: a table of num_embeddings vectors of size embedding_dim, looked up by integer index, as in
// torch/nn/modules/sparse.py.

import { noGrad } from '../autograd/grad-mode.ts';
import { DEFAULT_FLOAT, type DType } from '../dtype.ts';
import { EngineError, valueError } from '../errors.ts';
import { empty } from '../ops/creation.ts';
import { embedding, normalizePaddingIdx } from '../ops/embedding.ts';
import { fill_ } from '../ops/inplace.ts';
import { select } from '../ops/views.ts';
import type { Tensor } from '../tensor.ts';
import { normal_ } from './init.ts';
import { Module, parameter } from './module.ts';

export class Embedding extends Module {
  readonly paddingIdx: number | null;

  /** `pretrained`, when given, becomes the table as is (PyTorch's `_weight`/`_freeze`): nothing is drawn. */
  constructor(
    readonly numEmbeddings: number,
    readonly embeddingDim: number,
    paddingIdx: number | null = null,
    maxNorm: number | null = null,
    scaleGradByFreq = false,
    sparse = false,
    dtype: DType = DEFAULT_FLOAT,
    pretrained: { weight: Tensor; freeze: boolean } | null = null,
  ) {
    super('Embedding');
    const unsupported = (what: string) => new EngineError('NotImplementedError', `nn.Embedding with ${what} is not supported in Tandem`);
    if (maxNorm !== null) throw unsupported('max_norm');
    if (scaleGradByFreq) throw unsupported('scale_grad_by_freq=True');
    if (sparse) throw unsupported('sparse=True');
    this.paddingIdx = normalizePaddingIdx(paddingIdx, numEmbeddings);
    if (pretrained !== null) {
      this.registerParameter('weight', parameter(pretrained.weight, !pretrained.freeze));
      return;
    }
    this.registerParameter('weight', parameter(empty([numEmbeddings, embeddingDim], dtype)));
    this.resetParameters();
  }

  /**
   * `Embedding.from_pretrained(embeddings, freeze, padding_idx)`: the table is `embeddings` itself (the
   * parameter shares its memory), frozen unless freeze=false; the padding row keeps its values.
   */
  static fromPretrained(embeddings: Tensor, freeze = true, paddingIdx: number | null = null): Embedding {
    if (embeddings.ndim !== 2) throw valueError('Embeddings parameter is expected to be 2-dimensional');
    const [rows, cols] = embeddings.shape;
    return new Embedding(rows, cols, paddingIdx, null, false, false, embeddings.dtype, { weight: embeddings, freeze });
  }

  // Read through _parameters: the interpreter may rebind `emb.weight = nn.Parameter(...)`.
  get weight(): Tensor {
    return this._parameters.get('weight') as Tensor;
  }

  /** N(0, 1), then the padding row zeroed: it starts, and stays (no gradient reaches it), the zero vector. */
  resetParameters(): void {
    normal_(this.weight);
    const padding = this.paddingIdx;
    if (padding !== null) noGrad(() => fill_(select(this.weight, 0, padding), 0));
  }

  override forward(input: Tensor): Tensor {
    return embedding(this.weight, input, this.paddingIdx);
  }

  override extraRepr(): string {
    return this.paddingIdx === null
      ? `${this.numEmbeddings}, ${this.embeddingDim}`
      : `${this.numEmbeddings}, ${this.embeddingDim}, padding_idx=${this.paddingIdx}`;
  }
}

