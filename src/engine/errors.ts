// Engine errors carry the Python exception type PyTorch (or Keras) would raise, so the interpreter can
// re-raise them as that Python exception with PyTorch's own message text.

export type PyErrorType =
  | 'RuntimeError'
  | 'ValueError'
  | 'TypeError'
  | 'IndexError'
  | 'NotImplementedError'
  | 'KeyError';

export class EngineError extends Error {
  constructor(
    readonly pyType: PyErrorType,
    message: string,
  ) {
    super(message);
    this.name = pyType;
  }
}

export const runtimeError = (message: string): EngineError => new EngineError('RuntimeError', message);
export const valueError = (message: string): EngineError => new EngineError('ValueError', message);
export const typeError = (message: string): EngineError => new EngineError('TypeError', message);
export const indexError = (message: string): EngineError => new EngineError('IndexError', message);
