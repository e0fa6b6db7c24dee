// dict.keys(), dict.values(), dict.items(): live views over a dict.

import type { PyDict } from './dict.ts';
import { PyObject, PyType, objectType } from './object.ts';

export type DictViewKind = 'keys' | 'values' | 'items';

const viewTypes: Record<DictViewKind, PyType> = {
  keys: new PyType('dict_keys', [objectType]),
  values: new PyType('dict_values', [objectType]),
  items: new PyType('dict_items', [objectType]),
};

export class PyDictView extends PyObject {
  readonly mapping: PyDict;
  readonly kind: DictViewKind;
  constructor(dict: PyDict, kind: DictViewKind) {
    super(viewTypes[kind]);
    this.mapping = dict;
    this.kind = kind;
  }
}
