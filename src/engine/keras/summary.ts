// model.summary(): Keras 3's text for a Sequential model (keras/src/utils/summary_utils.py), as it prints without
// colours: the model's name, a table of layers with output shapes and parameter counts, then the parameter
// totals with their memory size. The table is `line_length` wide: min(88, terminal columns - 4), which for a
// notebook (no terminal; Python's fallback of 80 columns) is 76.
import { valueError } from '../errors.ts';
import { pyFixed } from './progbar.ts';
import type { KerasShape, Layer } from './layers/layer.ts';
import { renderTable, type TableColumn } from './rich-table.ts';
import type { KerasOptimizer } from './optimizers.ts';

export const DEFAULT_LINE_LENGTH = 76;

export interface SummarySubject {
  readonly name: string;
  readonly layers: readonly Layer[];
  readonly inputShape: KerasShape | null;
  readonly optimizer: KerasOptimizer | null;
}

/** Python's f'{n:,}'. */
const withCommas = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Keras' readable_memory_size: bytes in B, KB, MB... (powers of 1024), two decimals. */
function readableMemorySize(bytes: number): string {
  let size = bytes;
  for (const unit of ['B', 'KB', 'MB', 'GB', 'TB']) {
    if (size / 1024 < 1) return `${pyFixed(size, 2)} ${unit}`;
    size /= 1024;
  }
  return `${pyFixed(size, 2)} PB`;
}

/** Keras' format_shape: `(None, 64)`; a one-element shape has no trailing comma, `(None)`. */
const formatShape = (shape: KerasShape): string => `(${shape.map((d) => (d === null ? 'None' : String(d))).join(', ')})`;

function layerRows(model: SummarySubject): string[][] {
  let shape = model.inputShape;
  return model.layers.map((layer) => {
    const output = shape !== null && layer.built ? layer.computeOutputShape(shape) : null;
    shape = output;
    const params = layer.built ? withCommas(layer.countParams()) : '0 (unbuilt)';
    return [`${layer.name} (${layer.className})`, output === null ? '?' : formatShape(output), params];
  });
}

const countOf = (weights: readonly { numel: number }[]): number => weights.reduce((n, w) => n + w.numel, 0);

export function summary(model: SummarySubject, lineLength = DEFAULT_LINE_LENGTH): string {
  const positions = [0.45, 0.8, 1.0];
  const headers: [string, TableColumn['justify']][] = [
    ['Layer (type)', 'left'],
    ['Output Shape', 'left'],
    ['Param #', 'right'],
  ];
  let current = 0;
  const columns = positions.map((p, i): TableColumn => {
    const width = Math.floor(p * lineLength) - current;
    if (width < 4) throw valueError('Insufficient console width to print summary.');
    current += width;
    return { header: headers[i][0], justify: headers[i][1], width };
  });
  const trainable = countOf(model.layers.flatMap((l) => l.trainableWeights));
  const nonTrainable = countOf(model.layers.flatMap((l) => l.weights)) - trainable;
  // Model weights are float32: 4 bytes each.
  const optimizer = model.optimizer?.stateSize() ?? null;
  const lines = [
    `Model: "${model.name}"`,
    ...renderTable(columns, layerRows(model), lineLength),
    ` Total params: ${withCommas(trainable + nonTrainable + (optimizer?.count ?? 0))} (${readableMemorySize(4 * (trainable + nonTrainable) + (optimizer?.bytes ?? 0))})`,
    ` Trainable params: ${withCommas(trainable)} (${readableMemorySize(4 * trainable)})`,
    ` Non-trainable params: ${withCommas(nonTrainable)} (${readableMemorySize(4 * nonTrainable)})`,
  ];
  if (optimizer !== null) lines.push(` Optimizer params: ${withCommas(optimizer.count)} (${readableMemorySize(optimizer.bytes)})`);
  return lines.join('\n');
}
