// CPython's set iteration order, for sets of numbers: the slot order of its open-addressing hash table
// (Objects/setobject.c: 8 slots to start, linear probing by 9, then perturbed probing, resizing at 3/5 full,
// deleted slots left as dummies). We run the same table beside the set's own Map, so print({3, 1, 2}) shows
// {1, 2, 3} and later adds and removes land where CPython puts them.

import { numberHash, U64 } from './numberHash.ts';
import type { PyObject } from './object.ts';

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;
const MIN_SIZE = 8;

/** An occupied slot: the member and its hash (as size_t). DUMMY marks a deleted one. */
interface Slot {
  item: PyObject;
  hash: bigint;
}
const DUMMY = 'dummy' as const;
type Cell = Slot | typeof DUMMY | undefined;

export class SetTable {
  private cells: Cell[] = new Array(MIN_SIZE);
  private fill = 0;
  private used = 0;
  private finger = 0;

  /** The hash CPython would use, or null when the member is not a number (the table then gives up). */
  static hashOf(item: PyObject): bigint | null {
    const h = numberHash(item);
    return h === null ? null : h & U64;
  }

  private get mask(): number {
    return this.cells.length - 1;
  }

  /** set_add_entry for a member known not to be present (the Map already checked). */
  add(item: PyObject, hash: bigint): void {
    const mask = this.mask;
    let i = Number(hash & BigInt(mask));
    let perturb = hash;
    let freeSlot = -1;
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let k = 0; k <= probes; k++) {
        const cell = this.cells[i + k];
        if (cell === undefined) {
          if (freeSlot >= 0) {
            this.cells[freeSlot] = { item, hash };
            this.used++;
            return;
          }
          this.cells[i + k] = { item, hash };
          this.fill++;
          this.used++;
          if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return;
        }
        if (cell === DUMMY && freeSlot < 0) freeSlot = i + k;
      }
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
    }
  }

  /** Leaves a dummy where the member was. */
  remove(item: PyObject): void {
    const index = this.cells.findIndex((c) => c !== undefined && c !== DUMMY && c.item === item);
    if (index < 0) return;
    this.cells[index] = DUMMY;
    this.used--;
  }

  /** set.pop(): the first member from the finger onwards. */
  popFirst(): PyObject | undefined {
    if (this.used === 0) return undefined;
    let i = this.finger & this.mask;
    for (;;) {
      const cell = this.cells[i];
      if (cell !== undefined && cell !== DUMMY) {
        this.cells[i] = DUMMY;
        this.used--;
        this.finger = i + 1;
        return cell.item;
      }
      i = (i + 1) & this.mask;
    }
  }

  /** Presizes before merging `incoming` members, as set_update does for set and dict arguments. */
  reserve(incoming: number): void {
    if ((this.fill + incoming) * 5 >= this.mask * 3) this.resize((this.used + incoming) * 2);
  }

  items(): PyObject[] {
    const out: PyObject[] = [];
    for (const cell of this.cells) if (cell !== undefined && cell !== DUMMY) out.push(cell.item);
    return out;
  }

  private resize(minUsed: number): void {
    let size = MIN_SIZE;
    while (size <= minUsed) size <<= 1;
    const old = this.cells;
    this.cells = new Array(size);
    this.fill = this.used;
    const mask = size - 1;
    for (const cell of old) {
      if (cell === undefined || cell === DUMMY) continue;
      let i = Number(cell.hash & BigInt(mask));
      let perturb = cell.hash;
      for (;;) {
        if (this.cells[i] === undefined) break;
        let placed = false;
        if (i + LINEAR_PROBES <= mask) {
          for (let k = 1; k <= LINEAR_PROBES; k++) {
            if (this.cells[i + k] === undefined) {
              i += k;
              placed = true;
              break;
            }
          }
        }
        if (placed) break;
        perturb >>= PERTURB_SHIFT;
        i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
      }
      this.cells[i] = cell;
    }
  }
}
