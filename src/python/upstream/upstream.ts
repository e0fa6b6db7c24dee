// What the real libraries have: the public names of PyTorch, NumPy, Keras, TensorFlow, Matplotlib,
// scikit-learn and the standard library, as listed in names.json (written by scripts/upstream-names.py).
// A name Tandem lacks but its library has is a feature not supported yet; a name neither has is a typo.

import names from './names.json';

interface UpstreamNames {
  /** Public names by owner: a module ('torch.nn') or a class whose instances have them ('torch.Tensor'). */
  attributes: Record<string, string[]>;
  /** Importable submodules of the libraries ('torch.fft', 'keras.datasets', 'sklearn.model_selection'). */
  submodules: string[];
  /** Top-level modules of CPython's standard library ('os', 'json'). */
  stdlib: string[];
  /** Other packages learners import, which Tandem does not run ('pandas', 'torchvision'). */
  thirdParty: string[];
}

const data: UpstreamNames = names;

let attributeSets: Map<string, Set<string>> | undefined;
let submoduleSet: Set<string> | undefined;
let stdlibSet: Set<string> | undefined;
let thirdPartySet: Set<string> | undefined;

/** tf.keras is Keras: `tensorflow.keras.layers` has the names of `keras.layers`. */
export function canonicalOwner(owner: string): string {
  if (owner === 'tensorflow.keras') return 'keras';
  return owner.startsWith('tensorflow.keras.') ? owner.slice('tensorflow.'.length) : owner;
}

/** Whether the real library's `owner` (a module, or a class's instances) has the public attribute `name`. */
export function upstreamHas(owner: string, name: string): boolean {
  if (name.startsWith('_')) return false;
  const key = canonicalOwner(owner);
  attributeSets ??= new Map(Object.entries(data.attributes).map(([o, members]) => [o, new Set(members)]));
  return attributeSets.get(key)?.has(name) === true || isUpstreamSubmodule(`${key}.${name}`);
}

/** Whether `name` is an importable submodule of one of the libraries ('torch.fft', 'tensorflow.keras.datasets'). */
export function isUpstreamSubmodule(name: string): boolean {
  submoduleSet ??= new Set(data.submodules);
  return submoduleSet.has(canonicalOwner(name));
}

export function isStdlibModule(name: string): boolean {
  stdlibSet ??= new Set(data.stdlib);
  return stdlibSet.has(name);
}

export function isThirdPartyModule(name: string): boolean {
  thirdPartySet ??= new Set(data.thirdParty);
  return thirdPartySet.has(name);
}

const libraries: Record<string, string> = {
  torch: 'PyTorch',
  numpy: 'NumPy',
  keras: 'Keras',
  tensorflow: 'TensorFlow',
  matplotlib: 'Matplotlib',
  sklearn: 'scikit-learn',
};

/** The library a dotted name belongs to, as learners call it: 'torch.nn' → 'PyTorch', 'math' → the stdlib. */
export function libraryOf(dotted: string): string {
  const top = canonicalOwner(dotted).split('.')[0]!;
  return libraries[top] ?? "Python's standard library";
}
