// torch.no_grad(), torch.enable_grad() and torch.set_grad_enabled(mode): context managers (and decorators) that
// switch the engine's grad mode for a block that may span many awaits, restoring the previous mode on exit.

import { isGradEnabled, setGradEnabled } from '../../../engine/index.ts';
import { None } from '../../objects/constants.ts';
import { False, pyBool } from '../../objects/int.ts';
import { PyObject, type PyType } from '../../objects/object.ts';
import { callObject } from '../../runtime/call.ts';
import { defineClass, method, nativeFunction } from '../../runtime/native.ts';
import { flag } from './args.ts';

class PyGradMode extends PyObject {
  /** The mode to restore on exit, one per nested `with`. */
  readonly previous: boolean[] = [];
  constructor(
    type: PyType,
    readonly enabled: boolean,
  ) {
    super(type);
  }
}

function gradModeType(name: string, mode: (args: PyObject[]) => boolean): PyType {
  return defineClass({
    name,
    module: 'torch',
    construct: (_ctx, type, args) => new PyGradMode(type, mode(args)),
    members: {
      __init__: method(['self', '*args'], () => None),
      __enter__: method(['self'], (_ctx, [self]) => {
        const m = self as PyGradMode;
        m.previous.push(setGradEnabled(m.enabled));
        return None;
      }),
      __exit__: method(['self', '*exc'], (_ctx, [self]) => {
        const m = self as PyGradMode;
        setGradEnabled(m.previous.pop() ?? true);
        return False;
      }),
      /** As a decorator: @torch.no_grad() */
      __call__: method(['self', 'fn'], (_ctx, [self, fn]) => {
        const m = self as PyGradMode;
        return nativeFunction('decorated', ['*args', '**kwargs'], async (ctx, [args, kwargs]) => {
          const previous = setGradEnabled(m.enabled);
          try {
            return await callObject(ctx, fn, args, kwargs);
          } finally {
            setGradEnabled(previous);
          }
        });
      }),
    },
  });
}

export const noGradType = gradModeType('no_grad', () => false);
export const enableGradType = gradModeType('enable_grad', () => true);
export const setGradEnabledType = gradModeType('set_grad_enabled', (args) => flag(args[0], true));

export const isGradEnabledFunction = nativeFunction('is_grad_enabled', [], () => pyBool(isGradEnabled()));
