// The root of Python's object model: every Python value is a PyObject, and every PyObject points at its type.
// A type is itself an object (of type `type`) holding a namespace and a method resolution order, as in CPython.
// This file imports nothing so that every other object file can build on it without import cycles.

import type { Context, Kwargs } from './context.ts';

/**
 * Creates the bare instance of a type: the `__new__` of a native type. Subclasses inherit it, so
 * `class M(nn.Module)` gets an object of Module's JS class whose `type` is M.
 */
export type Construct = (
  ctx: Context,
  type: PyType,
  args: PyObject[],
  kwargs: Kwargs,
) => PyObject | Promise<PyObject>;

// `type` is an instance of itself; it is created below and patched into the first types made before it existed.
let metatype: PyType | undefined;

// Fields are `declare`d and assigned in constructors: class-field initializers would redefine each property on
// every allocation, which dominated the cost of creating ints in tight loops.
export class PyObject {
  /** The object's Python type. */
  declare type: PyType;
  /** Instance attributes (`__dict__`) for objects that have them: instances of classes, modules, functions. */
  declare dict: Map<string, PyObject> | null;

  constructor(type: PyType, dict: Map<string, PyObject> | null = null) {
    this.type = type;
    this.dict = dict;
  }

  /**
   * What this object keeps alive, for the runtime's reachability walk (engine/memory): by default every field,
   * which covers containers, instances and native wrappers holding engine objects. Values that live only in a
   * closure (an iterator's state) are invisible to that, so such classes list them themselves.
   */
  traceTensors(visit: (value: unknown) => void): void {
    for (const value of Object.values(this)) visit(value);
  }
}

export interface TypeOptions {
  module?: string;
  /** A class statement made it (instances get a `__dict__`, attributes can be set on the class). */
  heap?: boolean;
  construct?: Construct;
  /** The parameters a native class's constructor takes (runtime/native.ts spec), for the editor's docs. */
  params?: readonly string[];
}

export class PyType extends PyObject {
  name: string;
  qualname: string;
  module: string;
  bases: PyType[];
  /** C3 linearization, starting with this type itself. */
  mro: PyType[];
  readonly heap: boolean;
  /** This type's own `__new__`; look it up with `findConstruct`, which also searches the bases. */
  construct: Construct | null;
  /** A native constructor's parameter spec, when its class declared one. */
  readonly params: readonly string[] | null;
  declare dict: Map<string, PyObject>;

  constructor(name: string, bases: PyType[], options: TypeOptions = {}) {
    super(metatype as PyType, new Map());
    this.name = name;
    this.qualname = name;
    this.module = options.module ?? 'builtins';
    this.bases = bases;
    this.heap = options.heap ?? false;
    this.construct = options.construct ?? null;
    this.params = options.params ?? null;
    const mro = linearize(this, bases);
    if (mro === null) {
      throw new Error(`inconsistent MRO for ${name}; build user classes with createClass`);
    }
    this.mro = mro;
  }

  /** Looks `name` up along the MRO, as `type(obj).name` does, without binding. */
  lookup(name: string): PyObject | undefined {
    for (const t of this.mro) {
      const found = t.dict.get(name);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  isSubtypeOf(other: PyType): boolean {
    return this === other || this.mro.includes(other);
  }

  /** A class statement's namespace and bases; built-in and native types are shared by every run and hold
   *  nothing a program made. */
  override traceTensors(visit: (value: unknown) => void): void {
    if (!this.heap) return;
    visit(this.dict);
    visit(this.bases);
  }

  findConstruct(): Construct {
    for (const t of this.mro) if (t.construct !== null) return t.construct;
    throw new Error(`type ${this.name} has no constructor`);
  }
}

/**
 * C3 linearization (Python 2.3+ MRO): a class precedes its bases, and each base's own order is kept.
 * Returns null when no consistent order exists (the caller raises TypeError).
 */
export function linearize(type: PyType, bases: PyType[]): PyType[] | null {
  const sequences = bases.map((b) => [...b.mro]);
  sequences.push([...bases]);
  const result = [type];
  for (;;) {
    const pending = sequences.filter((s) => s.length > 0);
    if (pending.length === 0) return result;
    const head = pending
      .map((s) => s[0]!)
      .find((candidate) => !pending.some((s) => s.indexOf(candidate) > 0));
    if (head === undefined) return null;
    result.push(head);
    for (const s of pending) if (s[0] === head) s.shift();
  }
}

export const objectType = new PyType('object', [], {
  construct: (_ctx, type) => new PyObject(type, type.heap ? new Map() : null),
});
metatype = new PyType('type', [objectType]);
export const typeType: PyType = metatype;
objectType.type = typeType;
typeType.type = typeType;

/** Python's `type(obj).__name__`, the word error messages use. */
export function typeName(obj: PyObject): string {
  return obj.type.name;
}

/** Python's id(): a stable number per object, handed out on first request. */
const ids = new WeakMap<PyObject, number>();
let nextId = 0x7f0000001000;
export function objectId(obj: PyObject): number {
  let id = ids.get(obj);
  if (id === undefined) {
    id = nextId;
    nextId += 16;
    ids.set(obj, id);
  }
  return id;
}
