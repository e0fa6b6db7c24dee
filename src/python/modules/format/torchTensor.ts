// repr() and str() of a torch.Tensor, as torch/_tensor_str.py writes them: rows wrapped at 80 columns, more than
// 1000 elements summarised with '...', and suffixes for a non-default dtype, requires_grad or grad_fn.

import { NDView, shapeTuple, type ArrayData, type DType } from './arrayData.ts';
import { TorchElementFormat } from './torchElement.ts';

const LINE_WIDTH = 80;
const THRESHOLD = 1000;
const EDGE_ITEMS = 3;

export interface TensorPrintInfo {
  readonly requiresGrad?: boolean;
  /** The name of the node that made this tensor, e.g. 'AddmmBackward0'; it wins over requires_grad. */
  readonly gradFn?: string | null;
  /** 'cuda:0' for a tensor on the GPU; the CPU, PyTorch's default device, is left unsaid. */
  readonly device?: string | null;
}

/** 'torch.float32' */
export function torchDTypeName(dtype: DType): string {
  return `torch.${dtype}`;
}

/** torch.Size([2, 3]) */
export function formatTorchSize(shape: readonly number[]): string {
  return `torch.Size([${shape.join(', ')}])`;
}

/** Dtypes PyTorch leaves unsaid: the default float, int64 and bool are implied by how the values look. */
function isImpliedDType(dtype: DType): boolean {
  return dtype === 'float32' || dtype === 'int64' || dtype === 'bool';
}

/** repr(tensor), which is also str(tensor). */
export function formatTensor(data: ArrayData, info: TensorPrintInfo = {}): string {
  const prefix = 'tensor(';
  const indent = prefix.length;
  const view = NDView.of(data);
  const suffixes: string[] = info.device ? [`device='${info.device}'`] : [];
  let body: string;
  if (view.size === 0) {
    // Nothing to infer the dtype or the shape from, so both are spelled out (the shape unless it is (0,)).
    if (view.ndim !== 1) suffixes.push(`size=${shapeTuple(data.shape)}`);
    if (data.dtype !== 'float32') suffixes.push(`dtype=${torchDTypeName(data.dtype)}`);
    body = '[]';
  } else {
    if (!isImpliedDType(data.dtype)) suffixes.push(`dtype=${torchDTypeName(data.dtype)}`);
    const summarize = view.size > THRESHOLD;
    const format = new TorchElementFormat(summarize ? view.edges(EDGE_ITEMS) : view.flat(), data.dtype);
    body = tensorBody(view, indent, summarize, format);
  }
  if (info.gradFn) suffixes.push(`grad_fn=<${info.gradFn}>`);
  else if (info.requiresGrad) suffixes.push('requires_grad=True');
  return addSuffixes(prefix + body, suffixes, indent);
}

/** repr(nn.Parameter): PyTorch prefixes the tensor's repr. */
export function formatParameter(data: ArrayData, info: TensorPrintInfo = { requiresGrad: true }): string {
  return 'Parameter containing:\n' + formatTensor(data, info);
}

function tensorBody(view: NDView, indent: number, summarize: boolean, format: TorchElementFormat): string {
  if (view.ndim === 0) return format.format(view.item());
  if (view.ndim === 1) return vectorBody(view, indent, summarize, format);
  const rows = shownIndices(view.shape[0]!, summarize).map((i) =>
    i === null ? '...' : tensorBody(view.at(i), indent + 1, summarize, format),
  );
  return '[' + rows.join(',' + '\n'.repeat(view.ndim - 1) + ' '.repeat(indent + 1)) + ']';
}

function vectorBody(view: NDView, indent: number, summarize: boolean, format: TorchElementFormat): string {
  // Each element takes its width plus ', '.
  const perLine = Math.max(1, Math.floor((LINE_WIDTH - indent) / (format.width + 2)));
  const elements = shownIndices(view.shape[0]!, summarize).map((i) =>
    i === null ? ' ...' : format.format(view.at(i).item()),
  );
  const lines: string[] = [];
  for (let i = 0; i < elements.length; i += perLine) lines.push(elements.slice(i, i + perLine).join(', '));
  return '[' + lines.join(',\n' + ' '.repeat(indent + 1)) + ']';
}

/** The indices printed along an axis; null marks the '...' of a summarised one. */
function shownIndices(length: number, summarize: boolean): (number | null)[] {
  const all = Array.from({ length }, (_, i) => i);
  if (!summarize || length <= 2 * EDGE_ITEMS) return all;
  return [...all.slice(0, EDGE_ITEMS), null, ...all.slice(length - EDGE_ITEMS)];
}

function addSuffixes(text: string, suffixes: string[], indent: number): string {
  const parts = [text];
  // PyTorch's own arithmetic (rfind of -1 gives +2 on single-line reprs); copied so the wrap points agree.
  let lastLineLength = text.length - text.lastIndexOf('\n') + 1;
  for (const suffix of suffixes) {
    if (lastLineLength + suffix.length + 2 > LINE_WIDTH) {
      parts.push(',\n' + ' '.repeat(indent) + suffix);
      lastLineLength = indent + suffix.length;
    } else {
      parts.push(', ' + suffix);
      lastLineLength += suffix.length + 2;
    }
  }
  return parts.join('') + ')';
}
