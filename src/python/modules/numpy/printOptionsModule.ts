// np.set_printoptions / np.get_printoptions: the run's NumPy print options (precision, suppress, threshold,
// edgeitems, linewidth), which arrays and TensorFlow tensors print with.

import { None } from '../../objects/constants.ts';
import type { Context } from '../../objects/context.ts';
import { PyDict } from '../../objects/dict.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { pyFloat } from '../../objects/float.ts';
import { pyBool, pyInt } from '../../objects/int.ts';
import type { PyObject } from '../../objects/object.ts';
import { pyStr } from '../../objects/str.ts';
import { asIndex, asNumber, given } from '../../runtime/convert.ts';
import { method } from '../../runtime/native.ts';
import { DEFAULT_PRINT_OPTIONS, type NumpyPrintOptions } from '../format/index.ts';
import { flag } from '../torch/args.ts';

const state = (ctx: Context) => ctx.local(state, () => ({ options: DEFAULT_PRINT_OPTIONS }));

/** The options this run's arrays print with. */
export function numpyPrintOptions(ctx: Context): NumpyPrintOptions {
  return state(ctx).options;
}

/** threshold=sys.maxsize or np.inf mean "never summarise". */
const count = (obj: PyObject) => (asNumber(obj) >= 2 ** 53 ? Infinity : asIndex(obj));

export const printOptionFunctions = (): Record<string, PyObject> => ({
  set_printoptions: method(
    ['precision?', 'threshold?', 'edgeitems?', 'linewidth?', 'suppress?', 'nanstr?', 'infstr?', 'formatter?', 'sign?', 'floatmode?', '*', 'legacy?'],
    (ctx, [precision, threshold, edgeitems, linewidth, suppress, nanstr, infstr, formatter, sign, floatmode, , legacy]) => {
      const unsupported = Object.entries({ nanstr, infstr, formatter, sign, floatmode, legacy }).find(([, v]) => given(v));
      if (unsupported !== undefined) {
        throw pyError(
          PyExc.NotImplementedError,
          `np.set_printoptions(${unsupported[0]}=...) is not supported in Tandem; precision, suppress, threshold, edgeitems and linewidth are`,
        );
      }
      const s = state(ctx);
      s.options = {
        precision: given(precision) ? asIndex(precision) : s.options.precision,
        threshold: given(threshold) ? count(threshold) : s.options.threshold,
        edgeitems: given(edgeitems) ? asIndex(edgeitems) : s.options.edgeitems,
        linewidth: given(linewidth) ? asIndex(linewidth) : s.options.linewidth,
        suppress: given(suppress) ? flag(suppress, false) : s.options.suppress,
      };
      return None;
    },
  ),
  get_printoptions: method([], (ctx) => {
    const o = numpyPrintOptions(ctx);
    const d = new PyDict();
    d.set(pyStr('edgeitems'), pyInt(o.edgeitems));
    d.set(pyStr('threshold'), o.threshold === Infinity ? pyFloat(Infinity) : pyInt(o.threshold));
    d.set(pyStr('floatmode'), pyStr('maxprec'));
    d.set(pyStr('precision'), pyInt(o.precision));
    d.set(pyStr('suppress'), pyBool(o.suppress));
    d.set(pyStr('linewidth'), pyInt(o.linewidth));
    d.set(pyStr('nanstr'), pyStr('nan'));
    d.set(pyStr('infstr'), pyStr('inf'));
    d.set(pyStr('sign'), pyStr('-'));
    d.set(pyStr('formatter'), None);
    d.set(pyStr('legacy'), pyBool(false));
    return d;
  }),
});
