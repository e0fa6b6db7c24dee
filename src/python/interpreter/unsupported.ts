// Python features outside Tandem's subset fail plainly, naming the feature, at the line that uses it.

import { PyExc, pyError } from '../objects/exception.ts';

export function unsupported(feature: string) {
  return pyError(PyExc.NotImplementedError, `'${feature}' is not supported in Tandem`);
}
