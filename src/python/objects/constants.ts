// Python's singletons that are not numbers: None, NotImplemented and Ellipsis.

import { PyObject, PyType, objectType } from './object.ts';

export const noneType = new PyType('NoneType', [objectType]);
export const notImplementedType = new PyType('NotImplementedType', [objectType]);
export const ellipsisType = new PyType('ellipsis', [objectType]);

export const None = new PyObject(noneType);
/** What a binary dunder returns to let the other operand try (`__radd__` after `__add__`). */
export const NotImplemented = new PyObject(notImplementedType);
export const Ellipsis = new PyObject(ellipsisType);

noneType.construct = () => None;
