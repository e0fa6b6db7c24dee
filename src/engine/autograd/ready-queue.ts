// The order in which backward runs ready nodes: highest sequence number first (the op recorded last), as in
// PyTorch's engine. A binary max-heap, since long training graphs can hold many ready nodes at once.

import type { Node } from './node.ts';

export class ReadyQueue {
  private heap: Node[] = [];

  get size(): number {
    return this.heap.length;
  }

  push(node: Node): void {
    const h = this.heap;
    h.push(node);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (h[parent].sequenceNr >= h[i].sequenceNr) break;
      [h[parent], h[i]] = [h[i], h[parent]];
      i = parent;
    }
  }

  pop(): Node {
    const h = this.heap;
    const top = h[0];
    const last = h.pop() as Node;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < h.length && h[l].sequenceNr > h[best].sequenceNr) best = l;
        if (r < h.length && h[r].sequenceNr > h[best].sequenceNr) best = r;
        if (best === i) break;
        [h[best], h[i]] = [h[i], h[best]];
        i = best;
      }
    }
    return top;
  }
}
