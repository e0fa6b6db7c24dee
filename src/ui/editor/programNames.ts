// What the names in a program refer to, as far as the editor needs it: the modules its imports bind
// (`import torch.nn as nn` makes `nn` mean torch.nn) and the objects simple assignments make
// (`model = tf.keras.Sequential(...)` makes `model` a keras.Sequential). Read from the text with patterns, not
// the parser, because the text being typed is rarely valid Python.
import type { NameTable } from './pythonNames.ts';

export type Binding = { kind: 'path'; path: string } | { kind: 'instance'; classPath: string };

const IMPORT = /^[ \t]*import[ \t]+([\w. \t,]+?)[ \t]*(?:#.*)?$/gm;
const FROM_IMPORT = /^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+\(?([\w \t,]+?)\)?[ \t]*(?:#.*)?$/gm;
const CALL_ASSIGNMENT = /^[ \t]*([A-Za-z_]\w*)[ \t]*=[ \t]*([A-Za-z_][\w.]*)[ \t]*\(/gm;

/** The names the program binds, later bindings winning as they would when the program runs top to bottom. */
export function programBindings(source: string, table: NameTable): Map<string, Binding> {
  const found: { at: number; name: string; binding: Binding }[] = [];
  for (const match of source.matchAll(IMPORT)) {
    for (const part of match[1]!.split(',')) {
      const [module, alias] = part.trim().split(/[ \t]+as[ \t]+/);
      if (!module) continue;
      // `import torch.nn` binds `torch`; `import torch.nn as nn` binds nn to torch.nn.
      const name = alias ?? module.split('.')[0]!;
      found.push({ at: match.index, name, binding: { kind: 'path', path: alias ? module : name } });
    }
  }
  for (const match of source.matchAll(FROM_IMPORT)) {
    for (const part of match[2]!.split(',')) {
      const [attribute, alias] = part.trim().split(/[ \t]+as[ \t]+/);
      if (!attribute) continue;
      found.push({ at: match.index, name: alias ?? attribute, binding: { kind: 'path', path: `${match[1]}.${attribute}` } });
    }
  }
  const bindings = new Map<string, Binding>();
  const sorted = () => found.sort((a, b) => a.at - b.at);
  for (const { name, binding } of sorted()) bindings.set(name, binding);
  for (const match of source.matchAll(CALL_ASSIGNMENT)) {
    const callee = resolve(match[2]!, bindings, table);
    if (callee?.kind === 'path' && table.names.get(callee.path)?.kind === 'class') {
      found.push({ at: match.index, name: match[1]!, binding: { kind: 'instance', classPath: callee.path } });
    }
  }
  bindings.clear();
  for (const { name, binding } of sorted()) bindings.set(name, binding);
  return bindings;
}

/** What a dotted expression such as `nn.Linear` or `model.fit` refers to, or null when it is not one of ours. */
export function resolve(expression: string, bindings: ReadonlyMap<string, Binding>, table: NameTable): Binding | null {
  const [head, ...rest] = expression.split('.');
  const bound = bindings.get(head!);
  if (bound === undefined) return null;
  let at: Binding = bound;
  for (const attribute of rest) {
    const base = at.kind === 'path' ? at.path : at.classPath;
    const path = `${base}.${attribute}`;
    if (!table.names.has(path)) return null;
    at = { kind: 'path', path };
  }
  return at;
}

/** The names that may follow `expression.`: a module's or class's attributes, or an instance's class's. */
export function membersOf(binding: Binding | null, table: NameTable) {
  if (binding === null) return [];
  return table.members.get(binding.kind === 'path' ? binding.path : binding.classPath) ?? [];
}
