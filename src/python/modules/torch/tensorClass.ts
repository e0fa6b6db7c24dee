// Assembles torch.Tensor's namespace: the functions shared with the torch module, operators, methods and
// attributes. Importing this module is what makes tensors usable from Python.

import { addMembers } from '../../runtime/native.ts';
import { tensorType } from './pyTensor.ts';
import { tensorFunctions } from './tensorFunctions.ts';
import { tensorMethods } from './tensorMethods.ts';
import { tensorOperators } from './tensorOperators.ts';
import { tensorProperties } from './tensorProperties.ts';

addMembers(tensorType, { ...tensorFunctions(), ...tensorOperators, ...tensorMethods, ...tensorProperties });

export { tensorType };
