// Reading the window arguments of convolution and pooling (kernel_size, stride, padding, dilation): an int or
// a tuple/list of ints, as PyTorch's _pair accepts, and Conv2d's padding strings.

import type { ConvPadding, Size2 } from '../../../engine/index.ts';
import { PyList } from '../../objects/list.ts';
import type { PyObject } from '../../objects/object.ts';
import { PyStr } from '../../objects/str.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { asIndex, given } from '../../runtime/convert.ts';

export function asSize2(obj: PyObject): Size2 {
  if (obj instanceof PyTuple || obj instanceof PyList) return obj.items.map((d) => asIndex(d));
  return asIndex(obj);
}

export const size2Or = (obj: PyObject | undefined, fallback: Size2): Size2 => (given(obj) ? asSize2(obj) : fallback);

/** stride=None (or absent) means "the kernel size"; the engine takes null for that. */
export const optionalSize2 = (obj: PyObject | undefined): Size2 | null => (given(obj) ? asSize2(obj) : null);

/** padding: an int, a pair, or 'same'/'valid'; any other string goes to `invalid`, which raises. */
export function convPadding(obj: PyObject | undefined, invalid: (text: string) => never): ConvPadding {
  if (!given(obj)) return 0;
  if (!(obj instanceof PyStr)) return asSize2(obj);
  if (obj.value === 'same' || obj.value === 'valid') return obj.value;
  return invalid(obj.value);
}
