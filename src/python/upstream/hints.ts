// The end of a "no attribute" or "No module named" message that tells a learner the real library has the name
// and Tandem does not (yet), so that it does not read like a typo. CPython's own text stays first and the
// exception type stays the same: hasattr() and `except ImportError` behave as in Python.

import { PyModule } from '../objects/module.ts';
import { PyObject, PyType } from '../objects/object.ts';
import { canonicalOwner, isStdlibModule, isThirdPartyModule, isUpstreamSubmodule, libraryOf, upstreamHas } from './upstream.ts';

/** An upstream class whose instance attributes one of Tandem's classes stands for, and how a hint names it. */
interface UpstreamClass {
  owner: string;
  shown: string;
}

/** Tandem's classes (by `module.name`) mapped to the upstream class they stand for; subclasses inherit it. */
const upstreamClasses: Record<string, UpstreamClass> = {
  'torch.Tensor': { owner: 'torch.Tensor', shown: 'Tensor' },
  'torch.nn.Module': { owner: 'torch.nn.Module', shown: 'nn.Module' },
  'numpy.ndarray': { owner: 'numpy.ndarray', shown: 'ndarray' },
  'keras.Sequential': { owner: 'keras.Model', shown: 'Model' },
  'keras.layers.Layer': { owner: 'keras.Layer', shown: 'Layer' },
  'tensorflow.python.framework.ops.EagerTensor': { owner: 'tensorflow.Tensor', shown: 'tf.Tensor' },
};

/** torch.optim holds only optimizer classes (SGD, Adam, ...), which share no base class in Tandem. */
const upstreamClassesByModule: Record<string, UpstreamClass> = {
  'torch.optim': { owner: 'torch.optim.Optimizer', shown: 'optim.Optimizer' },
};

function upstreamClassOf(type: PyType): UpstreamClass | undefined {
  for (const t of type.mro) {
    if (t.heap) continue;
    const found = upstreamClasses[`${t.module}.${t.name}`] ?? upstreamClassesByModule[t.module];
    if (found !== undefined) return found;
  }
  return undefined;
}

const notYet = (library: string, name: string) => ` (${library} has ${name}; Tandem does not support it yet)`;

/** ' (PyTorch has torch.stft; Tandem does not support it yet)' when the real library has obj.name, else ''. */
export function missingAttributeHint(obj: PyObject, name: string): string {
  if (name.startsWith('_')) return '';
  if (obj instanceof PyModule) {
    const owner = canonicalOwner(obj.name);
    return upstreamHas(owner, name) ? notYet(libraryOf(owner), `${owner}.${name}`) : '';
  }
  const cls = upstreamClassOf(obj instanceof PyType ? obj : obj.type);
  if (cls === undefined || !upstreamHas(cls.owner, name)) return '';
  return notYet(libraryOf(cls.owner), `${cls.shown}.${name}`);
}

const TANDEM_RUNS = 'Tandem runs torch, tensorflow.keras, numpy and matplotlib.pyplot in the browser';

/** The hint for `import name` failing: a library's submodule, a standard-library module or another package. */
export function missingModuleHint(name: string): string {
  if (isUpstreamSubmodule(name)) {
    const canonical = canonicalOwner(name);
    return notYet(libraryOf(canonical), canonical);
  }
  if (name.includes('.')) return '';
  if (isStdlibModule(name)) return notYet("Python's standard library", name);
  if (isThirdPartyModule(name)) return ` (${TANDEM_RUNS}; ${name} is not available)`;
  return '';
}
