// nn.Module: an ordered tree of submodules owning parameters and buffers, with PyTorch's traversal order,
// train/eval mode, state_dict and print(model) text.
//
// A learner's Python subclass of nn.Module is backed by a plain Module: the interpreter names it (typeName)
// and fills _parameters/_modules through setattr, and runs the Python forward itself.

import { EngineError, runtimeError } from '../errors.ts';
import type { Tensor } from '../tensor.ts';

/** Marks a tensor as an nn.Parameter: a leaf sharing `data`'s memory that requires grad by default. */
export function parameter(data: Tensor, requiresGrad = true): Tensor {
  const p = data.detach();
  p.isParameter = true;
  p.setRequiresGrad(requiresGrad);
  return p;
}

/** PyTorch's _addindent: every line after the first indented by `spaces`. */
function addIndent(text: string, spaces: number): string {
  const lines = text.split('\n');
  if (lines.length === 1) return text;
  return [lines[0], ...lines.slice(1).map((l) => ' '.repeat(spaces) + l)].join('\n');
}

export class Module {
  /** The class name print(model) shows; Python subclasses set it to their own class name. */
  typeName: string;
  training = true;
  readonly _parameters = new Map<string, Tensor | null>();
  readonly _buffers = new Map<string, Tensor | null>();
  readonly _modules = new Map<string, Module | null>();

  // The name is passed explicitly rather than read from constructor.name, which minified builds rename.
  constructor(typeName: string) {
    this.typeName = typeName;
  }

  registerParameter(name: string, value: Tensor | null): void {
    if (value !== null && !value.isParameter) {
      throw new EngineError(
        'TypeError',
        `cannot assign 'torch.FloatTensor' as parameter '${name}' (torch.nn.Parameter or None expected)`,
      );
    }
    this._parameters.set(name, value);
  }

  registerBuffer(name: string, value: Tensor | null): void {
    this._buffers.set(name, value);
  }

  addModule(name: string, module: Module | null): void {
    this._modules.set(name, module);
  }

  /** The module's computation. Engine modules override it; a Python subclass's forward runs in the interpreter. */
  forward(..._inputs: Tensor[]): Tensor {
    throw new EngineError('NotImplementedError', `Module [${this.typeName}] is missing the required "forward" function`);
  }

  /** `module(x)`. */
  call(...inputs: Tensor[]): Tensor {
    return this.forward(...inputs);
  }

  /** (prefix-qualified name, module) for this module and every descendant, depth first, each module once. */
  namedModules(prefix = '', seen = new Set<Module>()): [string, Module][] {
    if (seen.has(this)) return [];
    seen.add(this);
    const out: [string, Module][] = [[prefix, this]];
    for (const [name, child] of this._modules) {
      if (child === null) continue;
      out.push(...child.namedModules(prefix === '' ? name : `${prefix}.${name}`, seen));
    }
    return out;
  }

  modules(): Module[] {
    return this.namedModules().map(([, m]) => m);
  }

  namedChildren(): [string, Module][] {
    const seen = new Set<Module>();
    const out: [string, Module][] = [];
    for (const [name, child] of this._modules) {
      if (child === null || seen.has(child)) continue;
      seen.add(child);
      out.push([name, child]);
    }
    return out;
  }

  children(): Module[] {
    return this.namedChildren().map(([, m]) => m);
  }

  private namedMembers(pick: (m: Module) => Map<string, Tensor | null>, prefix: string, recurse: boolean): [string, Tensor][] {
    const seen = new Set<Tensor>();
    const out: [string, Tensor][] = [];
    const owners: [string, Module][] = recurse ? this.namedModules(prefix) : [[prefix, this]];
    for (const [modulePrefix, module] of owners) {
      for (const [name, t] of pick(module)) {
        if (t === null || seen.has(t)) continue;
        seen.add(t);
        out.push([modulePrefix === '' ? name : `${modulePrefix}.${name}`, t]);
      }
    }
    return out;
  }

  namedParameters(prefix = '', recurse = true): [string, Tensor][] {
    return this.namedMembers((m) => m._parameters, prefix, recurse);
  }

  parameters(recurse = true): Tensor[] {
    return this.namedParameters('', recurse).map(([, p]) => p);
  }

  namedBuffers(prefix = '', recurse = true): [string, Tensor][] {
    return this.namedMembers((m) => m._buffers, prefix, recurse);
  }

  buffers(recurse = true): Tensor[] {
    return this.namedBuffers('', recurse).map(([, b]) => b);
  }

  train(mode = true): this {
    this.training = mode;
    for (const child of this.children()) child.train(mode);
    return this;
  }

  eval(): this {
    return this.train(false);
  }

  requiresGrad_(flag = true): this {
    for (const p of this.parameters()) p.setRequiresGrad(flag);
    return this;
  }

  zeroGrad(setToNone = true): void {
    for (const p of this.parameters()) zeroGradOf(p, setToNone);
  }

  apply(fn: (m: Module) => void): this {
    for (const child of this.children()) child.apply(fn);
    fn(this);
    return this;
  }

  /** Parameters then buffers of each module, depth first, as detached tensors sharing memory (state_dict()). */
  stateDict(prefix = ''): Map<string, Tensor> {
    const out = new Map<string, Tensor>();
    for (const [name, p] of this._parameters) if (p !== null) out.set(prefix + name, p.detach());
    for (const [name, b] of this._buffers) if (b !== null) out.set(prefix + name, b.detach());
    for (const [name, child] of this._modules) {
      if (child === null) continue;
      for (const [k, v] of child.stateDict(`${prefix}${name}.`)) out.set(k, v);
    }
    return out;
  }

  /** Copies values in (load_state_dict); with strict, missing or unexpected keys raise PyTorch's error. */
  loadStateDict(state: ReadonlyMap<string, Tensor>, strict = true): { missingKeys: string[]; unexpectedKeys: string[] } {
    const own = this.stateDict();
    const missingKeys = [...own.keys()].filter((k) => !state.has(k));
    const unexpectedKeys = [...state.keys()].filter((k) => !own.has(k));
    if (strict && (missingKeys.length > 0 || unexpectedKeys.length > 0)) {
      const parts: string[] = [];
      if (missingKeys.length > 0) parts.push(`Missing key(s) in state_dict: ${missingKeys.map((k) => `"${k}"`).join(', ')}. `);
      if (unexpectedKeys.length > 0) parts.push(`Unexpected key(s) in state_dict: ${unexpectedKeys.map((k) => `"${k}"`).join(', ')}. `);
      throw runtimeError(`Error(s) in loading state_dict for ${this.typeName}:\n\t${parts.join('\n\t')}`);
    }
    for (const [key, target] of own) {
      const source = state.get(key);
      if (source === undefined) continue;
      if (source.shape.length !== target.shape.length || source.shape.some((d, i) => d !== target.shape[i])) {
        throw runtimeError(
          `Error(s) in loading state_dict for ${this.typeName}:\n\tsize mismatch for ${key}: copying a param with shape torch.Size([${source.shape.join(', ')}]) from checkpoint, the shape in current model is torch.Size([${target.shape.join(', ')}]).`,
        );
      }
      target.backend.write(target.view, source.view);
      target.storage.version++;
    }
    return { missingKeys, unexpectedKeys };
  }

  /** The text inside this module's parentheses in print(model), e.g. `in_features=1, out_features=1, bias=True`. */
  extraRepr(): string {
    return '';
  }

  /** print(model), exactly as PyTorch's Module.__repr__ lays it out. */
  repr(): string {
    const extra = this.extraRepr();
    const extraLines = extra === '' ? [] : extra.split('\n');
    const childLines = [...this._modules].map(([key, m]) => `(${key}): ${addIndent(m === null ? 'None' : m.repr(), 2)}`);
    const lines = [...extraLines, ...childLines];
    let main = `${this.typeName}(`;
    if (lines.length > 0) {
      if (extraLines.length === 1 && childLines.length === 0) main += extraLines[0];
      else main += `\n  ${lines.join('\n  ')}\n`;
    }
    return `${main})`;
  }
}

/** optimizer.zero_grad / module.zero_grad for one parameter. */
export function zeroGradOf(p: Tensor, setToNone: boolean): void {
  if (p.grad === null) return;
  if (setToNone) {
    p.grad = null;
    return;
  }
  p.grad.backend.fill(p.grad.view, 0);
  p.grad.storage.version++;
}
