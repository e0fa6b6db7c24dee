// How tensors, arrays and their scalars print: PyTorch's and NumPy's exact text, from (shape, dtype, values).

export { isFloating, NDView, shapeTuple, type ArrayData, type DType } from './arrayData.ts';
export { formatExponent, formatFixed, floatRepr } from './pyFloat.ts';
export {
  formatParameter,
  formatTensor,
  formatTorchSize,
  torchDTypeName,
  type TensorPrintInfo,
} from './torchTensor.ts';
export { formatArrayRepr, formatArrayStr, formatNumpyScalar } from './numpyArray.ts';
export { DEFAULT_PRINT_OPTIONS, type NumpyPrintOptions } from './printOptions.ts';
