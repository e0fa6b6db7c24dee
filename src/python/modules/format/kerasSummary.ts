// model.summary() as Keras 3 prints it to a console 80 columns wide: rich's box table (columns of 33, 24 and
// 15 characters between the borders, a rule between layers), then the parameter totals with their float32
// sizes. Keras also lists optimizer parameters once a model has trained; Tandem does not print that line.

export interface SummaryRow {
  /** 'dense (Dense)' */
  layer: string;
  /** '(None, 1)', or '?' before the model knows its input shape. */
  outputShape: string;
  /** Trainable and non-trainable weights together; null while the layer is unbuilt. */
  params: number | null;
}

const WIDTHS = [31, 22, 13] as const;

/** Python's f'{n:,}'. */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Keras' readable_memory_size: float32 weights are 4 bytes each. */
function memorySize(count: number): string {
  let size = count * 4;
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit++;
  }
  return `${size.toFixed(2)} ${units[unit]}`;
}

function row(cells: readonly string[], left: string, middle: string, right: string): string {
  const padded = cells.map((text, i) => ' ' + (i === 2 ? text.padStart(WIDTHS[i]!) : text.padEnd(WIDTHS[i]!)) + ' ');
  return left + padded.join(middle) + right;
}

function rule(line: string, left: string, middle: string, right: string): string {
  return left + WIDTHS.map((w) => line.repeat(w + 2)).join(middle) + right;
}

export function formatKerasSummary(modelName: string, rows: readonly SummaryRow[], trainable: number, nonTrainable: number): string {
  const lines = [`Model: "${modelName}"`, rule('━', '┏', '┳', '┓'), row(['Layer (type)', 'Output Shape', 'Param #'], '┃', '┃', '┃')];
  lines.push(rule('━', '┡', '╇', '┩'));
  rows.forEach((r, i) => {
    if (i > 0) lines.push(rule('─', '├', '┼', '┤'));
    lines.push(row([r.layer, r.outputShape, r.params === null ? '0 (unbuilt)' : grouped(r.params)], '│', '│', '│'));
  });
  lines.push(rule('─', '└', '┴', '┘'));
  const total = trainable + nonTrainable;
  lines.push(` Total params: ${grouped(total)} (${memorySize(total)})`);
  lines.push(` Trainable params: ${grouped(trainable)} (${memorySize(trainable)})`);
  lines.push(` Non-trainable params: ${grouped(nonTrainable)} (${memorySize(nonTrainable)})`);
  return lines.join('\n') + '\n';
}
