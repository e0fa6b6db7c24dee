// Every case in tests/fixtures/format.json was printed by real PyTorch and NumPy
// (tests/oracle/format_cases.py); our printers must produce the same text, character for character.

import { describe, expect, it } from 'vitest';
import fixture from '../../../../tests/fixtures/format.json';
import {
  formatArrayRepr,
  formatArrayStr,
  formatNumpyScalar,
  formatParameter,
  formatTensor,
  formatTorchSize,
  torchDTypeName,
  type ArrayData,
  type DType,
} from './index.ts';

type JsonNumber = number | 'nan' | 'inf' | '-inf';

type Case =
  | { name: string; kind: 'torch'; expected: string;
      input: { shape: number[]; dtype: string; values: JsonNumber[]; requiresGrad: boolean; gradFn: string | null;
               parameter: boolean } }
  | { name: string; kind: 'numpy'; expected: { str: string; repr: string };
      input: { shape: number[]; dtype: string; values: JsonNumber[] } }
  | { name: string; kind: 'numpy_scalar'; expected: { str: string; repr: string };
      input: { dtype: string; value: JsonNumber } }
  | { name: string; kind: 'torch_size'; expected: string; input: { shape: number[] } }
  | { name: string; kind: 'torch_dtype'; expected: string; input: { dtype: string } };

const cases = fixture.cases as Case[];

function number(v: JsonNumber): number {
  return v === 'nan' ? NaN : v === 'inf' ? Infinity : v === '-inf' ? -Infinity : v;
}

function dtype(name: string): DType {
  if (name === 'float32' || name === 'float64' || name === 'int32' || name === 'int64' || name === 'bool') return name;
  throw new Error(`fixture uses a dtype the printers do not know: ${name}`);
}

function data(input: { shape: number[]; dtype: string; values: JsonNumber[] }): ArrayData {
  return { shape: input.shape, dtype: dtype(input.dtype), values: input.values.map(number) };
}

describe('printing matches real PyTorch and NumPy', () => {
  it('has the oracle cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  for (const c of cases) {
    switch (c.kind) {
      case 'torch':
        it(`torch: ${c.name}`, () => {
          const info = { requiresGrad: c.input.requiresGrad, gradFn: c.input.gradFn };
          const text = c.input.parameter ? formatParameter(data(c.input), info) : formatTensor(data(c.input), info);
          expect(text).toBe(c.expected);
        });
        break;
      case 'numpy':
        it(`numpy: ${c.name}`, () => {
          expect(formatArrayStr(data(c.input))).toBe(c.expected.str);
          expect(formatArrayRepr(data(c.input))).toBe(c.expected.repr);
        });
        break;
      case 'numpy_scalar':
        it(`numpy scalar: ${c.name}`, () => {
          const text = formatNumpyScalar(dtype(c.input.dtype), number(c.input.value));
          expect(text).toBe(c.expected.str);
          expect(text).toBe(c.expected.repr);
        });
        break;
      case 'torch_size':
        it(c.name, () => expect(formatTorchSize(c.input.shape)).toBe(c.expected));
        break;
      case 'torch_dtype':
        it(c.name, () => expect(torchDTypeName(dtype(c.input.dtype))).toBe(c.expected));
        break;
    }
  }
});
