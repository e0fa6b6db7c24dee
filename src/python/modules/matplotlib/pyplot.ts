// matplotlib.pyplot: the calls learners make to draw training curves. Each run has one current figure
// (FigureBuilder); plt.show() sends it to the UI as a Figure event and starts a new one.

import { None } from '../../objects/constants.ts';
import type { Context, Kwargs } from '../../objects/context.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { PyFloat, pyFloat } from '../../objects/float.ts';
import { PyBool, PyInt } from '../../objects/int.ts';
import type { PyModule } from '../../objects/module.ts';
import type { PyObject } from '../../objects/object.ts';
import { PyStr } from '../../objects/str.ts';
import { PyTuple, pyTuple } from '../../objects/tuple.ts';
import { asNumber, asString, given } from '../../runtime/convert.ts';
import { toArray } from '../../runtime/iteration.ts';
import { defineModule, method } from '../../runtime/native.ts';
import { str } from '../../runtime/text.ts';
import { TensorBacked } from '../tensorBacked.ts';
import { FigureBuilder, parseFormat, type LineStyle } from './figureBuilder.ts';

/** plot()/scatter() data: a list of numbers, a 1-D array or tensor (a tensor that requires grad is refused). */
async function numbers(ctx: Context, obj: PyObject): Promise<number[]> {
  if (obj instanceof TensorBacked) {
    if (obj.tensor.requiresGrad) {
      throw pyError(PyExc.RuntimeError, "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.");
    }
    return Array.from(await obj.tensor.data());
  }
  const items = await toArray(ctx, obj);
  const out: number[] = [];
  for (const item of items) {
    if (item instanceof PyFloat || item instanceof PyInt) out.push(asNumber(item));
    else if (item instanceof TensorBacked && item.tensor.numel === 1) out.push((await item.tensor.data())[0]!);
    else throw pyError(PyExc.TypeError, `matplotlib cannot plot a ${item.type.name} as a number`);
  }
  return out;
}

async function optionalText(ctx: Context, obj: PyObject | undefined): Promise<string | null> {
  return obj === undefined || obj === None ? null : str(ctx, obj);
}

/** label=, color= (or c=), linestyle= (or ls=), marker=, over what a format string said. */
async function styleFrom(ctx: Context, kwargs: Kwargs, fmt: LineStyle = {}): Promise<LineStyle> {
  const pick = (...names: string[]) => names.map((n) => kwargs.get(n)).find((v) => v !== undefined);
  return {
    label: (await optionalText(ctx, pick('label'))) ?? fmt.label ?? null,
    color: (await optionalText(ctx, pick('color', 'c'))) ?? fmt.color ?? null,
    linestyle: (await optionalText(ctx, pick('linestyle', 'ls'))) ?? fmt.linestyle ?? null,
    marker: (await optionalText(ctx, pick('marker'))) ?? fmt.marker ?? null,
  };
}

/** xlim(0, 10), xlim((0, 10)), xlim(left=0, right=10), or xlim() to read. */
function limitsFrom(args: PyObject[], kwargs: Kwargs, low: string, high: string): [number, number] | null {
  const pair = args.length === 1 && args[0] instanceof PyTuple ? args[0].items : args;
  const a = pair[0] ?? kwargs.get(low);
  const b = pair[1] ?? kwargs.get(high);
  if (a === undefined && b === undefined) return null;
  if (a === undefined || b === undefined) {
    throw pyError(PyExc.NotImplementedError, `setting only one limit is not supported in Tandem; give both ${low} and ${high}`);
  }
  return [asNumber(a), asNumber(b)];
}

export function loadPyplot(ctx: Context): PyModule {
  const figure = ctx.local(loadPyplot, () => new FigureBuilder());
  const label = (field: 'title' | 'xlabel' | 'ylabel') =>
    method(['label', '*args', '**kwargs'], (_ctx, [text]) => {
      figure.set(field, asString(text, field));
      return None;
    });
  const limits = (axis: 'xlim' | 'ylim', low: string, high: string) =>
    method(['*args', '**kwargs'], (_ctx, [args, kwargs]) => {
      const [a, b] = figure.limits(axis, limitsFrom(args, kwargs, low, high));
      return pyTuple([pyFloat(a), pyFloat(b)]);
    });

  return defineModule('matplotlib.pyplot', {
    figure: method(['*args', '**kwargs'], () => {
      figure.newFigure();
      return None;
    }),
    plot: method(['*args', '**kwargs'], async (ctx, [args, kwargs]) => {
      // plot(y), plot(y, 'r--'), plot(x, y), plot(x, y, 'o')
      const fmtArg = args.length > 1 && args[args.length - 1] instanceof PyStr ? (args.pop() as PyStr).value : null;
      const fmt = fmtArg === null ? {} : parseFormat(fmtArg);
      if (fmt === null) throw pyError(PyExc.ValueError, `'${fmtArg}' is not a valid format string (unrecognized character)`);
      if (args.length === 0 || args.length > 2) {
        throw pyError(PyExc.NotImplementedError, 'plt.plot takes y, or x and y, in Tandem (one line per call)');
      }
      const style = await styleFrom(ctx, kwargs, fmt);
      if (args.length === 1) figure.plot(null, await numbers(ctx, args[0]!), style);
      else figure.plot(await numbers(ctx, args[0]!), await numbers(ctx, args[1]!), style);
      return None;
    }),
    scatter: method(['x', 'y', '*args', '**kwargs'], async (ctx, [x, y, , kwargs]) => {
      figure.scatter(await numbers(ctx, x), await numbers(ctx, y), await styleFrom(ctx, kwargs));
      return None;
    }),
    title: label('title'),
    xlabel: label('xlabel'),
    ylabel: label('ylabel'),
    legend: method(['*args', '**kwargs'], () => {
      figure.legend();
      return None;
    }),
    grid: method(['visible?', '*args', '**kwargs'], (_ctx, [visible]) => {
      figure.grid(given(visible) ? visible instanceof PyBool && visible.bool : null);
      return None;
    }),
    xlim: limits('xlim', 'left', 'right'),
    ylim: limits('ylim', 'bottom', 'top'),
    show: method(['*args', '**kwargs'], (ctx) => {
      const shown = figure.show();
      if (shown !== null) ctx.host.figure(shown);
      return None;
    }),
    close: method(['*args'], () => {
      figure.show();
      return None;
    }),
  });
}
