// torch.Generator: a random stream of its own, for the `generator=` of DataLoader, RandomSampler and
// random_split (`random_split(ds, [80, 20], generator=torch.Generator().manual_seed(42))`), and
// torch.default_generator, the stream torch.manual_seed reseeds.

import * as E from '../../../engine/index.ts';
import { None } from '../../objects/constants.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { pyInt } from '../../objects/int.ts';
import { PyObject, type PyType } from '../../objects/object.ts';
import { asInt, given } from '../../runtime/convert.ts';
import { defineClass, getter, method } from '../../runtime/native.ts';
import { deviceArgument, deviceObject } from './device.ts';

export class PyGenerator extends PyObject {
  constructor(
    type: PyType,
    readonly generator: E.Generator,
  ) {
    super(type);
  }
}

function self0(obj: PyObject | undefined): PyGenerator {
  if (obj instanceof PyGenerator) return obj;
  throw pyError(PyExc.TypeError, `descriptor requires a 'torch._C.Generator' object but received a '${obj?.type.name ?? 'None'}'`);
}

/** Tandem's random numbers are all drawn on the CPU (the engine's generator), so a generator is a CPU one. */
function checkDevice(device: PyObject | undefined): void {
  if (given(device) && deviceArgument(device) !== 'cpu') {
    throw pyError(PyExc.NotImplementedError, "torch.Generator(device='cuda') is not supported in Tandem: generators are CPU generators");
  }
}

export const generatorType: PyType = defineClass({
  name: 'Generator',
  module: 'torch._C',
  params: ['device?'],
  construct: (_ctx, type, args, kwargs) => {
    checkDevice(args[0] ?? kwargs.get('device'));
    return new PyGenerator(type, new E.Generator());
  },
  members: {
    __init__: method(['self', 'device?'], () => None),
    /** Returns the generator itself, so `torch.Generator().manual_seed(42)` can be passed on directly. */
    manual_seed: method(['self', 'seed'], (_ctx, [self, seed]) => {
      // PyTorch takes negative seeds modulo 2**64.
      self0(self).generator.manualSeed(BigInt.asUintN(64, BigInt(asInt(seed))));
      return self!;
    }),
    initial_seed: method(['self'], (_ctx, [self]) => pyInt(self0(self).generator.initialSeed())),
    device: getter(() => deviceObject('cpu')),
  },
});

/** torch.default_generator for this run: the engine's default stream, which torch.manual_seed reseeds. */
export function defaultGeneratorObject(): PyGenerator {
  return new PyGenerator(generatorType, E.defaultGenerator);
}

/** A `generator=` argument: None or absent means the default generator. */
export function generatorArgument(obj: PyObject | undefined): E.Generator {
  if (!given(obj)) return E.defaultGenerator;
  if (obj instanceof PyGenerator) return obj.generator;
  throw pyError(PyExc.TypeError, `generator must be a torch.Generator, not ${obj.type.name}`);
}

/**
 * `int(torch.empty((), dtype=torch.int64).random_(generator=g).item())`: ATen's uniform_int_distribution
 * for int64 takes 64 bits (first draw high) modulo 2**63. DataLoader and RandomSampler draw seeds this way.
 */
export function drawInt64Seed(gen: E.Generator): bigint {
  const [hi, lo] = gen.random64();
  return BigInt.asUintN(63, (BigInt(hi) << 32n) | BigInt(lo));
}
