// Every op's forward and backward against PyTorch (tests/fixtures/ops.json and ops_shapes.json, from
// tests/oracle/ops.py and ops_shapes.py, at least three shape cases per op): output
// values, shape, dtype and grad_fn name, the input gradients after backward(upstream), and PyTorch's exact
// error type and message for misuse.

import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { backward } from './autograd/backward.ts';
import type { DType } from './dtype.ts';
import { EngineError } from './errors.ts';
import { releaseUnreachable } from './memory/collect.ts';
import * as ops from './ops/index.ts';
import type { IndexItem } from './ops/indexing.ts';
import { describeCasesWithRelease } from './test-support.ts';
import { Tensor } from './tensor.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface EncodedTensor {
  shape: number[];
  dtype: DType;
  values: (number | boolean | string)[];
}

type Arg =
  | ({ kind: 'tensor'; requires_grad: boolean } & EncodedTensor)
  | { kind: 'int' | 'float'; value: number }
  | { kind: 'list'; items: Arg[] }
  | { kind: 'json'; value: Json }
  | { kind: 'index'; items: EncodedIndex[] };

type EncodedIndex =
  | { kind: 'int'; index: number }
  | { kind: 'slice'; start: number | null; stop: number | null; step: number | null }
  | { kind: 'none' }
  | { kind: 'ellipsis' }
  | ({ kind: 'tensor' } & EncodedTensor);

interface Output extends EncodedTensor {
  grad_fn: string | null;
  upstream?: number[];
}

interface Case {
  name: string;
  op: string;
  args: Arg[];
  kwargs: Record<string, Json>;
  outputs?: Output[];
  grads?: ((number | string)[] | null)[];
  error?: { type: string; message: string };
}

const load = (name: string): Case[] => (JSON.parse(readFileSync(new URL(`../../tests/fixtures/${name}`, import.meta.url), 'utf8')) as { cases: Case[] }).cases;
/** ops.json, and ops_shapes.json (tests/oracle/ops_shapes.py): at least three shape cases for every op. */
const cases = [...load('ops.json'), ...load('ops_shapes.json')];

const num = (v: number | boolean | string): number => (typeof v === 'string' ? Number(v.replace('inf', 'Infinity')) : Number(v));

const decodeTensor = (t: EncodedTensor): Tensor => ops.fromValues(t.values.map(num), t.shape, t.dtype);

type Value = Tensor | number | Json | Value[] | IndexItem[];

function decode(arg: Arg): Value {
  switch (arg.kind) {
    case 'tensor': {
      const t = decodeTensor(arg);
      return arg.requires_grad ? t.setRequiresGrad(true) : t;
    }
    case 'int':
      return ops.pyScalar(arg.value, 'int');
    case 'float':
      return arg.value;
    case 'list':
      return arg.items.map(decode);
    case 'json':
      return arg.value;
    case 'index':
      return arg.items.map((item): IndexItem => (item.kind === 'tensor' ? { kind: 'tensor', tensor: decodeTensor(item) } : item));
  }
}

const T = (v: Value): Tensor => v as Tensor;
const N = (v: Value): number => v as number;
const O = (v: Value): ops.Operand => v as ops.Operand;
const dimsOf = (v: Value | undefined): ops.Dims => (v === undefined || v === null ? undefined : (v as number | number[]));

type Run = (a: Value[], kw: Record<string, Json>) => Tensor | Tensor[] | Promise<Tensor>;

/** The engine call for each op name of the oracle. */
const OPS: Record<string, Run> = {
  add: ([a, b]) => ops.add(O(a), O(b)),
  add_alpha: ([a, b, alpha]) => ops.add(T(a), T(b), N(alpha)),
  sub: ([a, b]) => ops.sub(O(a), O(b)),
  rsub: ([a, b]) => ops.rsub(T(a), O(b)),
  mul: ([a, b]) => ops.mul(O(a), O(b)),
  div: ([a, b]) => ops.div(O(a), O(b)),
  rdiv: ([a, b]) => ops.rdiv(T(a), O(b)),
  neg: ([a]) => ops.neg(T(a)),
  pow: ([a, b]) => ops.pow(O(a), O(b)),
  maximum: ([a, b]) => ops.maximum(O(a), O(b)),
  minimum: ([a, b]) => ops.minimum(O(a), O(b)),
  remainder: ([a, b]) => ops.remainder(O(a), O(b)),
  floor_divide: ([a, b]) => ops.floorDivide(O(a), O(b)),
  exp: ([a]) => ops.exp(T(a)),
  log: ([a]) => ops.log(T(a)),
  sqrt: ([a]) => ops.sqrt(T(a)),
  abs: ([a]) => ops.abs(T(a)),
  sigmoid: ([a]) => ops.sigmoid(T(a)),
  tanh: ([a]) => ops.tanh(T(a)),
  relu: ([a]) => ops.relu(T(a)),
  sin: ([a]) => ops.sin(T(a)),
  cos: ([a]) => ops.cos(T(a)),
  round: ([a]) => ops.round(T(a)),
  round_decimals: ([a, d]) => ops.round(T(a), N(d)),
  floor: ([a]) => ops.floor(T(a)),
  ceil: ([a]) => ops.ceil(T(a)),
  sign: ([a]) => ops.sign(T(a)),
  reciprocal: ([a]) => ops.reciprocal(T(a)),
  rsqrt: ([a]) => ops.rsqrt(T(a)),
  log1p: ([a]) => ops.log1p(T(a)),
  expm1: ([a]) => ops.expm1(T(a)),
  erf: ([a]) => ops.erf(T(a)),
  square: ([a]) => ops.square(T(a)),
  eq: ([a, b]) => ops.eq(O(a), O(b)),
  ne: ([a, b]) => ops.ne(O(a), O(b)),
  lt: ([a, b]) => ops.lt(O(a), O(b)),
  le: ([a, b]) => ops.le(O(a), O(b)),
  gt: ([a, b]) => ops.gt(O(a), O(b)),
  ge: ([a, b]) => ops.ge(O(a), O(b)),
  logical_and: ([a, b]) => ops.logicalAnd(O(a), O(b)),
  logical_not: ([a]) => ops.logicalNot(T(a)),
  where: ([c, a, b]) => ops.where(T(c), O(a), O(b)),
  clamp: ([a, lo, hi]) => ops.clamp(T(a), lo as number | null, hi as number | null),
  masked_fill: ([a, m, v]) => ops.maskedFill(T(a), T(m), N(v)),
  sum: ([a], kw) => ops.sum(T(a), dimsOf(kw.dim), kw.keepdim === true),
  mean: ([a], kw) => ops.mean(T(a), dimsOf(kw.dim), kw.keepdim === true),
  prod: ([a]) => ops.prod(T(a)),
  prod_dim: ([a, d], kw) => ops.prod(T(a), N(d), kw.keepdim === true),
  max: ([a]) => ops.max(T(a)),
  min: ([a]) => ops.min(T(a)),
  max_dim: ([a, d], kw) => {
    const r = ops.maxDim(T(a), N(d), kw.keepdim === true);
    return [r.values, r.indices];
  },
  min_dim: ([a, d], kw) => {
    const r = ops.minDim(T(a), N(d), kw.keepdim === true);
    return [r.values, r.indices];
  },
  amax: ([a, d], kw) => ops.amax(T(a), N(d), kw.keepdim === true),
  argmax: ([a], kw) => ops.argmax(T(a), (kw.dim as number | undefined) ?? null, kw.keepdim === true),
  argmin: ([a], kw) => ops.argmin(T(a), (kw.dim as number | undefined) ?? null, kw.keepdim === true),
  var: ([a], kw) => ops.variance(T(a), dimsOf(kw.dim), kw.unbiased === false ? 0 : 1),
  std: ([a], kw) => ops.std(T(a), dimsOf(kw.dim), kw.unbiased === false ? 0 : 1),
  logsumexp: ([a, d], kw) => ops.logsumexp(T(a), N(d), kw.keepdim === true),
  norm: ([a]) => ops.norm(T(a)),
  cumsum: ([a, d]) => ops.cumsum(T(a), N(d)),
  matmul: ([a, b]) => ops.matmul(T(a), T(b)),
  mm: ([a, b]) => ops.mm(T(a), T(b)),
  bmm: ([a, b]) => ops.bmm(T(a), T(b)),
  dot: ([a, b]) => ops.dot(T(a), T(b)),
  mv: ([a, b]) => ops.mv(T(a), T(b)),
  linear: ([x, w, b]) => ops.linear(T(x), T(w), b === undefined ? null : T(b)),
  reshape: ([a, s]) => ops.reshape(T(a), s as number[]),
  view: ([a, s]) => ops.view(T(a), s as number[]),
  reshape_of_t: ([a, s]) => ops.reshape(ops.t(T(a)), s as number[]),
  view_of_t: ([a, s]) => ops.view(ops.t(T(a)), s as number[]),
  flatten: ([a, s, e]) => ops.flatten(T(a), (s as number | undefined) ?? 0, (e as number | undefined) ?? -1),
  squeeze: ([a, d]) => ops.squeeze(T(a), d as number | undefined),
  unsqueeze: ([a, d]) => ops.unsqueeze(T(a), N(d)),
  permute: ([a, dims]) => ops.permute(T(a), dims as number[]),
  transpose: ([a, d0, d1]) => ops.transpose(T(a), N(d0), N(d1)),
  t: ([a]) => ops.t(T(a)),
  expand: ([a, s]) => ops.expand(T(a), s as number[]),
  contiguous_t: ([a]) => ops.contiguous(ops.t(T(a))),
  flip: ([a, dims]) => ops.flip(T(a), dims as number[]),
  cat: ([ts], kw) => ops.cat(ts as Tensor[], (kw.dim as number | undefined) ?? 0),
  stack: ([ts], kw) => ops.stack(ts as Tensor[], (kw.dim as number | undefined) ?? 0),
  split: ([a, s], kw) => ops.split(T(a), s as number | number[], (kw.dim as number | undefined) ?? 0),
  chunk: ([a, n], kw) => ops.chunk(T(a), N(n), (kw.dim as number | undefined) ?? 0),
  unbind: ([a, d]) => ops.unbind(T(a), (d as number | undefined) ?? 0),
  index: ([a, items]) => ops.indexAsync(T(a), items as IndexItem[]),
  setitem: async ([a, items, v]) => {
    const b = ops.mul(T(a), ops.pyScalar(1, 'int'));
    await ops.setIndexAsync(b, items as IndexItem[], O(v));
    return b;
  },
  iadd: ([a, v]) => {
    const b = ops.mul(T(a), ops.pyScalar(1, 'int'));
    return ops.applyInPlace(b, (self) => ops.add(self, O(v)));
  },
  imul: ([a, v]) => {
    const b = ops.mul(T(a), ops.pyScalar(1, 'int'));
    return ops.applyInPlace(b, (self) => ops.mul(self, O(v)));
  },
  gather: ([a, d, idx]) => ops.gather(T(a), N(d), T(idx)),
  index_select: ([a, d, idx]) => ops.indexSelect(T(a), N(d), T(idx)),
  to_float64: ([a]) => ops.to(T(a), 'float64'),
  to_int64: ([a]) => ops.to(T(a), 'int64'),
  softmax: ([a, d]) => ops.softmax(T(a), N(d)),
  log_softmax: ([a, d]) => ops.logSoftmax(T(a), N(d)),
  leaky_relu: ([a, s]) => ops.leakyRelu(T(a), (s as number | undefined) ?? 0.01),
  elu: ([a]) => ops.elu(T(a)),
  gelu: ([a]) => ops.gelu(T(a)),
  gelu_tanh: ([a]) => ops.gelu(T(a), 'tanh'),
  softplus: ([a]) => ops.softplus(T(a)),
  silu: ([a]) => ops.silu(T(a)),
  hardtanh: ([a]) => ops.hardtanh(T(a)),
  mse_loss: ([a, b], kw) => ops.mseLoss(T(a), T(b), (kw.reduction as ops.Reduction | undefined) ?? 'mean'),
  l1_loss: ([a, b]) => ops.l1Loss(T(a), T(b)),
  smooth_l1_loss: ([a, b]) => ops.smoothL1Loss(T(a), T(b)),
  huber_loss: ([a, b], kw) => ops.huberLoss(T(a), T(b), 'mean', kw.delta as number),
  binary_cross_entropy: ([a, b]) => ops.binaryCrossEntropy(T(a), T(b)),
  bce_with_logits: ([a, b], kw) => ops.binaryCrossEntropyWithLogits(T(a), T(b), (kw.reduction as ops.Reduction | undefined) ?? 'mean'),
  bce_with_logits_pos_weight: ([a, b, pw]) => ops.binaryCrossEntropyWithLogits(T(a), T(b), 'mean', T(pw)),
  cross_entropy: ([a, b], kw) =>
    ops.crossEntropy(T(a), T(b), (kw.reduction as ops.Reduction | undefined) ?? 'mean', (kw.ignore_index as number | undefined) ?? -100, (kw.label_smoothing as number | undefined) ?? 0),
  nll_loss: ([a, b], kw) => ops.nllLoss(T(a), T(b), (kw.reduction as ops.Reduction | undefined) ?? 'mean'),
  arange: ([s, e, st, dtype]) => ops.arange(N(s), N(e), N(st), dtype as DType),
  linspace: ([s, e, n]) => ops.linspace(N(s), N(e), N(n)),
  eye: ([n, m]) => ops.eye(N(n), N(m)),
};

function expectClose(actual: ArrayLike<number>, expected: readonly (number | string | boolean)[], dtype: DType): void {
  expect(actual.length).toBe(expected.length);
  const tolerance = dtype === 'float64' ? 1e-12 : 2e-6;
  for (let i = 0; i < expected.length; i++) {
    const want = num(expected[i]);
    const got = actual[i];
    if (Number.isNaN(want)) expect(got).toBeNaN();
    else if (!Number.isFinite(want) || dtype === 'int64' || dtype === 'bool') expect(got).toBe(want);
    else expect(Math.abs(got - want)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(want)));
  }
}

function tensorsOf(args: Value[]): Tensor[] {
  return args.flatMap((a) => (a instanceof Tensor ? [a] : Array.isArray(a) ? tensorsOf(a as Value[]) : []));
}

// Run twice: as is, and with the runtime releasing between forward and backward every buffer that neither
// the inputs nor the outputs' autograd graphs reach (as it does between statements): a backward that needs
// memory its node does not declare (GradFn saved tensors, engine/memory) fails loudly then.
describeCasesWithRelease('ops match PyTorch', cases, runCase);

async function runCase(c: Case, releasing: boolean): Promise<void> {
  {
    {
      const args = c.args.map(decode);
      const run = OPS[c.op];
      expect(run, `no engine mapping for ${c.op}`).toBeDefined();
      if (c.error !== undefined) {
        const error = await (async () => {
          try {
            await run(args, c.kwargs);
          } catch (e) {
            return e;
          }
          return null;
        })();
        expect(error).toBeInstanceOf(EngineError);
        expect((error as EngineError).pyType).toBe(c.error.type);
        expect((error as EngineError).message).toBe(c.error.message);
        return;
      }
      const result = await run(args, c.kwargs);
      const outputs = Array.isArray(result) ? result : [result];
      if (releasing) releaseUnreachable(0, [args, outputs]);
      const expected = c.outputs as Output[];
      expect(outputs.length).toBe(expected.length);
      let total: Tensor | null = null;
      for (const [k, out] of outputs.entries()) {
        const want = expected[k];
        expect(out.shape).toEqual(want.shape);
        expect(out.dtype).toBe(want.dtype);
        expect(out.gradFn?.name ?? null).toBe(want.grad_fn);
        expectClose(await out.data(), want.values, want.dtype);
        if (want.upstream !== undefined) {
          const term = ops.sum(ops.mul(out, ops.fromValues(want.upstream, out.shape, out.dtype)));
          total = total === null ? term : ops.add(total, term);
        }
      }
      if (total !== null) {
        backward(total);
        const leaves = tensorsOf(args).filter((t) => t.requiresGrad);
        const grads = c.grads as ((number | string)[] | null)[];
        expect(leaves.length).toBe(grads.length);
        for (const [i, leaf] of leaves.entries()) {
          const want = grads[i];
          if (want === null) expect(leaf.grad).toBeNull();
          else expectClose(await (leaf.grad as Tensor).data(), want, leaf.dtype);
        }
      }
    }
  }
}
