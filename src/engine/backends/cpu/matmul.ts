// Batched matrix multiplication on the CPU: (B, M, K) @ (B, K, N), accumulated in double precision.
// The loop order follows the memory layout: when b runs contiguously along K (a transposed weight, as in
// nn.Linear) each output is a dot product of two contiguous runs; otherwise rows of b are accumulated.

import { allocArray, type DType, type TypedArray } from '../../dtype.ts';
import type { StridedView } from '../backend.ts';
import { asCpu } from './buffer.ts';
import { storeAs } from './scalar-math.ts';

export function matmulKernel(a: StridedView, b: StridedView, outDtype: DType): TypedArray {
  const [batch, m, k] = a.shape;
  const n = b.shape[2];
  const [sab, sam, sak] = a.strides;
  const [sbb, sbk, sbn] = b.strides;
  const da = asCpu(a.buffer).data;
  const db = asCpu(b.buffer).data;
  const out = allocArray(outDtype, batch * m * n);
  const store = storeAs(outDtype);
  const byDots = sbk === 1 && sbn !== 1;
  const row = new Float64Array(n);
  for (let p = 0; p < batch; p++) {
    const aBase = a.offset + p * sab;
    const bBase = b.offset + p * sbb;
    for (let i = 0; i < m; i++) {
      const aRow = aBase + i * sam;
      const outBase = (p * m + i) * n;
      if (byDots) {
        for (let j = 0; j < n; j++) {
          const bCol = bBase + j * sbn;
          let acc = 0;
          for (let q = 0, ai = aRow, bi = bCol; q < k; q++, ai += sak, bi++) acc += da[ai] * db[bi];
          out[outBase + j] = store(acc);
        }
        continue;
      }
      row.fill(0);
      for (let q = 0; q < k; q++) {
        const aiq = da[aRow + q * sak];
        const bRow = bBase + q * sbk;
        for (let j = 0, bi = bRow; j < n; j++, bi += sbn) row[j] += aiq * db[bi];
      }
      for (let j = 0; j < n; j++) out[outBase + j] = store(row[j]);
    }
  }
  return out;
}
