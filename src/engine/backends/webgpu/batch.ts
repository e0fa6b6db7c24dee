// Recording GPU work: many dispatches go into one command encoder (and one compute pass) and are submitted
// together, when a read needs them, when the batch is full, or on the next macrotask.
//
// Every dispatch gets its own 512-byte slot of a uniform "params" arena (shapes, strides, offsets, sizes); the
// arena is written with one queue.writeBuffer just before the submit, which the queue orders before the
// batch's dispatches and after everything submitted earlier.

// 512 bytes, two of minUniformBufferOffsetAlignment (256 on every adapter): a fused kernel over rank-4 tensors
// with several outputs (Adam's update of a convolution kernel and its moments) needs more than 64 words.
export const PARAM_SLOT_WORDS = 128;
const SLOT_BYTES = PARAM_SLOT_WORDS * 4;
const ARENA_SLOTS = 512;
const MAX_DISPATCHES = 256;

export class CommandBatch {
  private encoder: GPUCommandEncoder | null = null;
  private pass: GPUComputePassEncoder | null = null;
  private readonly arena: GPUBuffer;
  private readonly words = new Uint32Array(ARENA_SLOTS * PARAM_SLOT_WORDS);
  private slots = 0;
  private recorded = 0;
  /** Dispatches recorded since the batch was made (a statistic: fusion shows up here). */
  dispatched = 0;
  private flushScheduled = false;
  private readonly layouts = new WeakMap<GPUComputePipeline, GPUBindGroupLayout>();

  constructor(
    private readonly device: GPUDevice,
    /** Runs after every submit (the buffer pool frees what waited for it). */
    private readonly onSubmit: () => void,
  ) {
    this.arena = device.createBuffer({ size: ARENA_SLOTS * SLOT_BYTES, usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST });
  }

  /** True when nothing is recorded and waiting for a submit. */
  get empty(): boolean {
    return this.recorded === 0;
  }

  /** Records one dispatch: binding 0 is the params slot, bindings 1.. the storage buffers in order. */
  dispatch(pipeline: GPUComputePipeline, params: Uint32Array, buffers: readonly GPUBuffer[], groups: readonly [number, number, number]): void {
    if (params.length > PARAM_SLOT_WORDS) throw new Error(`kernel params need ${params.length} words; a slot holds ${PARAM_SLOT_WORDS}`);
    if (this.slots === ARENA_SLOTS || this.recorded >= MAX_DISPATCHES) this.flush();
    const slot = this.slots++;
    this.words.set(params, slot * PARAM_SLOT_WORDS);
    let layout = this.layouts.get(pipeline);
    if (layout === undefined) {
      layout = pipeline.getBindGroupLayout(0);
      this.layouts.set(pipeline, layout);
    }
    const entries: GPUBindGroupEntry[] = [{ binding: 0, resource: { buffer: this.arena, offset: slot * SLOT_BYTES, size: SLOT_BYTES } }];
    buffers.forEach((buffer, i) => entries.push({ binding: i + 1, resource: { buffer } }));
    const bindGroup = this.device.createBindGroup({ layout, entries });
    const pass = this.computePass();
    pass.setPipeline(pipeline);
    pass.setBindGroup(0, bindGroup);
    pass.dispatchWorkgroups(groups[0], groups[1], groups[2]);
    this.recorded++;
    this.dispatched++;
    this.scheduleFlush();
  }

  copy(source: GPUBuffer, target: GPUBuffer, bytes: number): void {
    this.endPass();
    this.commandEncoder().copyBufferToBuffer(source, 0, target, 0, bytes);
    this.recorded++;
    this.scheduleFlush();
  }

  /** Submits everything recorded so far. */
  flush(): void {
    if (this.encoder === null) return;
    this.endPass();
    if (this.slots > 0) this.device.queue.writeBuffer(this.arena, 0, this.words, 0, this.slots * PARAM_SLOT_WORDS);
    this.device.queue.submit([this.encoder.finish()]);
    this.encoder = null;
    this.slots = 0;
    this.recorded = 0;
    this.onSubmit();
  }

  private commandEncoder(): GPUCommandEncoder {
    if (this.encoder === null) this.encoder = this.device.createCommandEncoder();
    return this.encoder;
  }

  private computePass(): GPUComputePassEncoder {
    if (this.pass === null) this.pass = this.commandEncoder().beginComputePass();
    return this.pass;
  }

  private endPass(): void {
    if (this.pass === null) return;
    this.pass.end();
    this.pass = null;
  }

  // Work recorded by synchronous code (a training step without reads) starts on the GPU at the next macrotask
  // instead of waiting for the batch to fill.
  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setTimeout(() => {
      this.flushScheduled = false;
      this.flush();
    }, 0);
  }
}
