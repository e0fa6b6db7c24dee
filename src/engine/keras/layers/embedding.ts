// keras.layers.Embedding: maps each integer id in (batch, ..., seq) to a learned output_dim vector, giving
// (batch, ..., seq, output_dim). The table is (input_dim, output_dim), drawn U(−0.05, 0.05) by default (Keras'
// embeddings_initializer='uniform').

import { EngineError, valueError } from '../../errors.ts';
import { castKernel } from '../../ops/kernels.ts';
import { embedding } from '../../ops/embedding.ts';
import type { Tensor } from '../../tensor.ts';
import { initialize, initializerName, type InitializerName } from '../initializers.ts';
import { Layer, type KerasShape, type LayerOptions } from './layer.ts';

export interface EmbeddingOptions extends LayerOptions {
  embeddingsInitializer?: string;
  maskZero?: boolean;
}

export class Embedding extends Layer {
  private readonly embeddingsInitializer: InitializerName;
  embeddings: Tensor | null = null;

  constructor(
    readonly inputDim: number,
    readonly outputDim: number,
    options: EmbeddingOptions = {},
  ) {
    super('Embedding', 'embedding', options);
    for (const [name, value] of [['input_dim', inputDim], ['output_dim', outputDim]] as const) {
      if (!Number.isInteger(value) || value <= 0) {
        throw valueError(`Received an invalid value for \`${name}\`, expected a positive integer. Received: ${name}=${value}`);
      }
    }
    if (options.maskZero === true) throw new EngineError('NotImplementedError', 'Embedding(mask_zero=True) is not supported in Tandem: it has no masking');
    // 'uniform' is Keras' short name for RandomUniform(-0.05, 0.05).
    const init = options.embeddingsInitializer ?? 'uniform';
    this.embeddingsInitializer = initializerName(init === 'uniform' ? 'random_uniform' : init);
  }

  override build(_inputShape: KerasShape): void {
    this.embeddings = this.addWeight('embeddings', initialize(this.embeddingsInitializer, [this.inputDim, this.outputDim]));
    this.built = true;
  }

  /** Keras casts non-integer ids to integers first: fit hands every model its inputs as float32. */
  override call(x: Tensor): Tensor {
    const ids = x.dtype === 'int64' ? x : castKernel(x, 'int64');
    return embedding(this.embeddings as Tensor, ids);
  }

  override computeOutputShape(inputShape: KerasShape): KerasShape {
    return [...inputShape, this.outputDim];
  }
}
