// The CPU backend: reference kernels over typed arrays. It is the backend for tests and the command-line
// runner, and the fallback for browsers without WebGPU.

import type { DType, TypedArray } from '../../dtype.ts';
import type {
  ArgReduceOp,
  Backend,
  BinaryOp,
  DeviceBuffer,
  IndexCheck,
  ReduceOp,
  StridedView,
  UnaryOp,
} from '../backend.ts';
import { asCpu, CpuBuffer } from './buffer.ts';
import { binaryKernel, fillKernel, unaryKernel, whereKernel, writeKernel } from './elementwise.ts';
import { checkIndexKernel, nonzeroKernel, putKernel, scatterAddKernel, takeKernel } from './gather.ts';
import { matmulKernel } from './matmul.ts';
import { argReduceKernel, cumsumKernel, reduceKernel } from './reduce.ts';
import { softmaxKernel } from './softmax.ts';

export class CpuBackend implements Backend {
  readonly name = 'cpu';

  private wrap(data: TypedArray, dtype: DType): DeviceBuffer {
    return new CpuBuffer(this, dtype, data);
  }

  upload(data: TypedArray, dtype: DType): DeviceBuffer {
    return this.wrap(data, dtype);
  }

  read(buffer: DeviceBuffer): Promise<TypedArray> {
    return Promise.resolve(asCpu(buffer).data.slice());
  }

  unary(op: UnaryOp, x: StridedView, outDtype: DType): DeviceBuffer {
    return this.wrap(unaryKernel(op, x, outDtype), outDtype);
  }

  binary(op: BinaryOp, a: StridedView, b: StridedView, outDtype: DType): DeviceBuffer {
    return this.wrap(binaryKernel(op, a, b, outDtype), outDtype);
  }

  where(cond: StridedView, a: StridedView, b: StridedView, outDtype: DType): DeviceBuffer {
    return this.wrap(whereKernel(cond, a, b, outDtype), outDtype);
  }

  reduce(op: ReduceOp, x: StridedView, axes: readonly number[], outDtype: DType): DeviceBuffer {
    return this.wrap(reduceKernel(op, x, axes, outDtype), outDtype);
  }

  argReduce(op: ArgReduceOp, x: StridedView, axis: number): DeviceBuffer {
    return this.wrap(argReduceKernel(op, x, axis), 'int64');
  }

  matmul(a: StridedView, b: StridedView, outDtype: DType): DeviceBuffer {
    return this.wrap(matmulKernel(a, b, outDtype), outDtype);
  }

  cumsum(x: StridedView, axis: number, outDtype: DType): DeviceBuffer {
    return this.wrap(cumsumKernel(x, axis, outDtype), outDtype);
  }

  softmax(x: StridedView, axis: number, log: boolean, outDtype: DType): DeviceBuffer {
    return this.wrap(softmaxKernel(x, axis, log, outDtype), outDtype);
  }

  take(x: StridedView, index: StridedView): DeviceBuffer {
    return this.wrap(takeKernel(x, index), x.buffer.dtype);
  }

  scatterAdd(length: number, index: StridedView, src: StridedView, outDtype: DType): DeviceBuffer {
    return this.wrap(scatterAddKernel(length, index, src, outDtype), outDtype);
  }

  checkIndex(index: StridedView, size: number, check: IndexCheck): DeviceBuffer {
    return this.wrap(checkIndexKernel(index, size, check), 'int64');
  }

  nonzero(x: StridedView): Promise<{ buffer: DeviceBuffer; count: number }> {
    const { data, count } = nonzeroKernel(x);
    return Promise.resolve({ buffer: this.wrap(data, 'int64'), count });
  }

  put(dst: StridedView, index: StridedView, src: StridedView): void {
    putKernel(dst, index, src);
  }

  write(dst: StridedView, src: StridedView): void {
    writeKernel(dst, src);
  }

  fill(dst: StridedView, value: number): void {
    fillKernel(dst, value);
  }
}
