// Python warnings the engine raises (PyTorch's UserWarning on a broadcasting loss, ...). The engine cannot print;
// the interpreter installs a handler that shows them the way Python's warnings module would.

export type WarningHandler = (category: 'UserWarning' | 'DeprecationWarning', message: string) => void;

let handler: WarningHandler = () => {};

export function setWarningHandler(next: WarningHandler): void {
  handler = next;
}

export function warn(category: 'UserWarning' | 'DeprecationWarning', message: string): void {
  handler(category, message);
}
