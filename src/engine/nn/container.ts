// nn.Sequential and nn.ModuleList (torch/nn/modules/container.py): modules kept under the keys '0', '1', ...

import { indexError } from '../errors.ts';
import type { Tensor } from '../tensor.ts';
import { Module } from './module.ts';

/** What both containers share: numbered children, len(), indexing and append. */
abstract class NumberedModules extends Module {
  get length(): number {
    return this._modules.size;
  }

  /** `container[i]`, negative i from the end. */
  at(index: number): Module {
    const list = [...this._modules.values()];
    const i = index < 0 ? index + list.length : index;
    if (i < 0 || i >= list.length) throw indexError(`index ${index} is out of range`);
    return list[i] as Module;
  }

  append(module: Module): this {
    this.addModule(String(this._modules.size), module);
    return this;
  }
}

/**
 * Children run in order. When a child is a learner's Python module (no engine forward), the interpreter walks
 * children() and calls each itself, since a Python forward runs in the interpreter.
 */
export class Sequential extends NumberedModules {
  constructor(modules: readonly Module[] | ReadonlyMap<string, Module> = []) {
    super('Sequential');
    if (modules instanceof Map) for (const [name, m] of modules) this.addModule(name, m);
    else for (const m of modules as readonly Module[]) this.append(m);
  }

  override forward(input: Tensor): Tensor {
    let x = input;
    for (const m of this._modules.values()) if (m !== null) x = m.call(x);
    return x;
  }
}

export class ModuleList extends NumberedModules {
  constructor(modules: readonly Module[] = []) {
    super('ModuleList');
    for (const m of modules) this.append(m);
  }
}
