// What a scheduler reads and writes in its optimizer: `optimizer.param_groups[i][key]`, through the same Python
// protocol a learner's code uses, so a write reaches the engine's group (and the next step()) as theirs would.

import { PyExc, pyError } from '../../../objects/exception.ts';
import type { PyObject } from '../../../objects/object.ts';
import { typeName } from '../../../objects/object.ts';
import { pyStr } from '../../../objects/str.ts';
import { getAttrOrUndefined } from '../../../runtime/attributes.ts';
import { callMethod } from '../../../runtime/call.ts';
import type { Context } from '../../../objects/context.ts';
import { asString } from '../../../runtime/convert.ts';
import { toArray } from '../../../runtime/iteration.ts';
import { getItem, setItem } from '../../../runtime/subscript.ts';

/** PyTorch's `isinstance(optimizer, Optimizer)` check, by the one attribute a scheduler needs. */
export async function checkOptimizer(ctx: Context, optimizer: PyObject): Promise<void> {
  if ((await getAttrOrUndefined(ctx, optimizer, 'param_groups')) === undefined) {
    throw pyError(PyExc.TypeError, `${typeName(optimizer)} is not an Optimizer`);
  }
}

export async function paramGroups(ctx: Context, optimizer: PyObject): Promise<PyObject[]> {
  const groups = await getAttrOrUndefined(ctx, optimizer, 'param_groups');
  return groups === undefined ? [] : toArray(ctx, groups);
}

/** `[group[key] for group in optimizer.param_groups]` */
export async function groupValues(ctx: Context, optimizer: PyObject, key: string): Promise<PyObject[]> {
  const out: PyObject[] = [];
  for (const group of await paramGroups(ctx, optimizer)) out.push(await groupValue(ctx, group, key));
  return out;
}

export function groupValue(ctx: Context, group: PyObject, key: string): Promise<PyObject> {
  return getItem(ctx, group, pyStr(key));
}

export async function setGroupValue(ctx: Context, group: PyObject, key: string, value: PyObject): Promise<void> {
  await setItem(ctx, group, pyStr(key), value);
}

export async function groupHas(ctx: Context, group: PyObject, key: string): Promise<boolean> {
  const keys = await toArray(ctx, await callMethod(ctx, group, 'keys'));
  return keys.some((k) => asString(k, 'key') === key);
}
