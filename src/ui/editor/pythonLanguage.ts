// Completions and hover docs for the torch / numpy / keras / pyplot names Tandem supports. The names come from
// the Python modules themselves (pythonNames.ts), loaded on first use in a chunk of their own.
import type { languages } from 'monaco-editor/editor/editor.api';
import type { Monaco } from './monaco.ts';
import { membersOf, programBindings, resolve } from './programNames.ts';
import type { NameKind, NameTable, PythonName } from './pythonNames.ts';

let table: Promise<NameTable> | null = null;

/** The supported names, read once from the module registry. */
export function nameTable(): Promise<NameTable> {
  table ??= Promise.all([import('./pythonNames.ts'), import('../../python/modules/index.ts')]).then(([names, modules]) =>
    names.supportedNames(modules.registry),
  );
  return table;
}

const LIBRARY: Record<string, string> = {
  torch: 'PyTorch',
  numpy: 'NumPy',
  tensorflow: 'TensorFlow',
  keras: 'TensorFlow',
  matplotlib: 'matplotlib',
};

/** The hover text: what the name is, what Tandem supports of it, and where its library documents it. */
export function describeName(name: PythonName, members: readonly PythonName[]): string[] {
  const parts = ['```python\n' + name.detail + (name.signature === null ? '' : `\n${name.signature}`) + '\n```'];
  if (members.length > 0) {
    const names = members.map((member) => `\`${member.path.split('.').at(-1)}\``);
    parts.push(`Supported in Tandem: ${names.join(' · ')}`);
  } else {
    parts.push('Supported in Tandem.');
  }
  if (name.docs !== null) parts.push(`[${LIBRARY[name.path.split('.')[0]!] ?? 'Library'} documentation](${name.docs})`);
  return parts;
}

export function registerPythonNames(monaco: Monaco): void {
  const kinds: Record<NameKind, languages.CompletionItemKind> = {
    module: monaco.languages.CompletionItemKind.Module,
    class: monaco.languages.CompletionItemKind.Class,
    function: monaco.languages.CompletionItemKind.Function,
    method: monaco.languages.CompletionItemKind.Method,
    property: monaco.languages.CompletionItemKind.Property,
    value: monaco.languages.CompletionItemKind.Constant,
  };

  monaco.languages.registerCompletionItemProvider('python', {
    triggerCharacters: ['.'],
    async provideCompletionItems(model, position) {
      const before = model.getLineContent(position.lineNumber).slice(0, position.column - 1);
      const chain = /([A-Za-z_][\w.]*)\.\w*$/.exec(before);
      if (chain === null) return { suggestions: [] };
      const names = await nameTable();
      const owner = resolve(chain[1]!, programBindings(model.getValue(), names), names);
      const word = model.getWordUntilPosition(position);
      const range = new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn);
      return {
        suggestions: membersOf(owner, names).map((name) => {
          const label = name.path.split('.').at(-1)!;
          return {
            label,
            kind: kinds[name.kind],
            detail: name.detail,
            documentation: { value: describeName(name, names.members.get(name.path) ?? []).join('\n\n') },
            insertText: label,
            range,
          };
        }),
      };
    },
  });

  monaco.languages.registerHoverProvider('python', {
    async provideHover(model, position) {
      const word = model.getWordAtPosition(position);
      if (word === null) return null;
      const line = model.getLineContent(position.lineNumber);
      const chain = /[A-Za-z_][\w.]*$/.exec(line.slice(0, word.endColumn - 1))?.[0];
      if (chain === undefined) return null;
      const names = await nameTable();
      const binding = resolve(chain, programBindings(model.getValue(), names), names);
      if (binding === null) return null;
      const path = binding.kind === 'path' ? binding.path : binding.classPath;
      const name = names.names.get(path);
      if (name === undefined) return null;
      return {
        range: new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn),
        contents: describeName(name, names.members.get(path) ?? []).map((value) => ({ value })),
      };
    },
  });
}
