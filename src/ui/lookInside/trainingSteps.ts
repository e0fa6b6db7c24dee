// The five parts of a training step, and where a PyTorch program does each one. "Look inside fit()" shows fit's
// numbers for a part next to the learner's own PyTorch line for it, found by reading the training loop the way a
// person would: the line calling .backward(), the loss it was called on, the prediction that loss compared.
export const PHASES = ['batch', 'forward', 'loss', 'gradients', 'update'] as const;
export type Phase = (typeof PHASES)[number];

export const PHASE_TITLE: Record<Phase, string> = {
  batch: 'Batch',
  forward: 'Forward',
  loss: 'Loss',
  gradients: 'Gradients',
  update: 'Update',
};

/** What a PyTorch program writes for each part of the step, when it writes it plainly enough to find. */
export const PYTORCH_IDIOM: Record<Phase, string> = {
  batch: 'for x_batch, y_batch in loader:',
  forward: 'prediction = model(x)',
  loss: 'loss = loss_fn(prediction, y)',
  gradients: 'loss.backward()',
  update: 'optimizer.step()',
};

export interface SourceLine {
  /** 1-based, as the editor numbers lines. */
  line: number;
  text: string;
}

export type PhaseLines = Record<Phase, SourceLine | null>;

/** Finds the lines of the first training loop in `source` that do each part of a step. */
export function pytorchStepLines(source: string): PhaseLines {
  const lines = source.split('\n');
  const at = (index: number): SourceLine => ({ line: index + 1, text: lines[index]!.trim() });
  const found: PhaseLines = { batch: null, forward: null, loss: null, gradients: null, update: null };

  const backwardAt = lines.findIndex((line) => /^\s*[A-Za-z_][\w.]*\.backward\(\s*\)/.test(stripComment(line)));
  if (backwardAt < 0) return found;
  found.gradients = at(backwardAt);
  const lossName = /^\s*([A-Za-z_][\w.]*)\.backward/.exec(lines[backwardAt]!)![1]!;
  const indent = indentOf(lines[backwardAt]!);

  const lossAt = lastBefore(lines, backwardAt, (line) => new RegExp(`^\\s*${escape(lossName)}\\s*=[^=]`).test(line));
  if (lossAt >= 0) {
    found.loss = at(lossAt);
    // `loss = loss_fn(prediction, y)`: the forward pass is where `prediction` was computed, or the loss line
    // itself when the model is called inside it (`loss_fn(model(x), y)`).
    const firstArgument = /=\s*[\w.]+\(\s*([A-Za-z_][\w.]*)\s*(,|\))/.exec(stripComment(lines[lossAt]!))?.[1];
    const forwardAt =
      firstArgument === undefined ? -1 : lastBefore(lines, lossAt, (line) => new RegExp(`^\\s*${escape(firstArgument)}\\s*=[^=]`).test(line));
    found.forward = forwardAt >= 0 ? at(forwardAt) : /\(\s*[\w.]+\(/.test(lines[lossAt]!) ? at(lossAt) : null;
  }

  const stepAt = lines.findIndex((line, i) => i > backwardAt && /\.step\(\s*\)/.test(stripComment(line)));
  if (stepAt >= 0) found.update = at(stepAt);

  const loopAt = lastBefore(lines, backwardAt, (line) => /^\s*for\s.+:\s*(#.*)?$/.test(line) && indentOf(line) < indent);
  if (loopAt >= 0) found.batch = at(loopAt);
  return found;
}

function lastBefore(lines: readonly string[], before: number, test: (line: string) => boolean): number {
  for (let i = before - 1; i >= 0; i--) if (test(stripComment(lines[i]!))) return i;
  return -1;
}

function indentOf(line: string): number {
  return /^\s*/.exec(line)![0].length;
}

function stripComment(line: string): string {
  const hash = line.indexOf('#');
  return hash < 0 ? line : line.slice(0, hash);
}

function escape(name: string): string {
  return name.replaceAll('.', '\\.');
}
