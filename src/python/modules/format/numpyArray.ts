// str() and repr() of a numpy.ndarray and of NumPy scalars, as numpy/core/arrayprint.py (NumPy 1.24) writes them:
// '[1. 2.]' and 'array([1., 2.])', lines wrapped at 75 columns, more than 1000 elements summarised with '...',
// and ', dtype=float32' after a repr whose dtype the values do not imply (np.set_printoptions changes the numbers).

import { NDView, shapeTuple, type ArrayData, type DType } from './arrayData.ts';
import { numpyElementFormat, type ElementFormat } from './numpyElement.ts';
import { DEFAULT_PRINT_OPTIONS, type NumpyPrintOptions } from './printOptions.ts';
import { floatRepr } from './pyFloat.ts';

/** str(array) */
export function formatArrayStr(data: ArrayData, options: NumpyPrintOptions = DEFAULT_PRINT_OPTIONS): string {
  const view = NDView.of(data);
  // A 0-d array prints like the scalar it holds.
  if (view.ndim === 0) return formatNumpyScalar(data.dtype, view.item());
  return array2string(view, data.dtype, ' ', '', options.linewidth, options);
}

/** repr(array) */
export function formatArrayRepr(data: ArrayData, options: NumpyPrintOptions = DEFAULT_PRINT_OPTIONS): string {
  const view = NDView.of(data);
  const prefix = 'array(';
  const showDType = !isImpliedDType(data.dtype) || view.size === 0;
  const suffix = showDType ? ',' : ')';
  let body: string;
  if (view.size > 0 || (view.ndim === 1 && view.shape[0] === 0)) {
    body = array2string(view, data.dtype, ', ', prefix, options.linewidth - suffix.length, options);
  } else {
    body = `[], shape=${shapeTuple(data.shape)}`;
  }
  const text = prefix + body + suffix;
  if (!showDType) return text;
  const dtypeText = `dtype=${data.dtype})`;
  const lastLineLength = text.length - (text.lastIndexOf('\n') + 1);
  const spacer = lastLineLength + dtypeText.length + 1 > options.linewidth ? '\n' + ' '.repeat(prefix.length) : ' ';
  return text + spacer + dtypeText;
}

/** str() and repr() of a NumPy scalar such as np.float32(19.013954) or np.int64(3); NumPy 1.x prints them alike. */
export function formatNumpyScalar(dtype: DType, value: number): string {
  switch (dtype) {
    case 'bool':
      return value ? 'True' : 'False';
    case 'float32':
      return floatRepr(value, true);
    case 'float64':
      return floatRepr(value);
    case 'int32':
    case 'int64':
      return String(value);
  }
}

/** NumPy's default int and float (and bool) need no dtype in a repr. */
function isImpliedDType(dtype: DType): boolean {
  return dtype === 'int64' || dtype === 'float64' || dtype === 'bool';
}

function array2string(view: NDView, dtype: DType, separator: string, prefix: string, lineWidth: number, options: NumpyPrintOptions): string {
  if (view.size === 0) return '[]';
  const summarize = view.size > options.threshold;
  const format = numpyElementFormat(summarize ? view.edges(options.edgeitems) : view.flat(), dtype, view.ndim, options);
  const nextLinePrefix = ' ' + ' '.repeat(prefix.length); // under the '[' and any 'array('
  return formatArray(view, format, lineWidth, nextLinePrefix, separator, summarize ? options.edgeitems : null);
}

// A faithful port of arrayprint._formatArray (non-legacy mode): rows are filled word by word and wrapped before
// the word that would pass the line width; higher axes are separated by blank lines.
function formatArray(
  root: NDView,
  format: ElementFormat,
  lineWidth: number,
  nextLinePrefix: string,
  separator: string,
  /** Items kept at each edge of a summarised axis; null when the array prints whole. */
  edgeItems: number | null,
): string {
  const recurse = (view: NDView, hangingIndent: string, currentWidth: number): string => {
    if (view.ndim === 0) return format(view.item());
    const nextHangingIndent = hangingIndent + ' ';
    const nextWidth = currentWidth - 1; // the closing ']'
    const length = view.shape[0]!;
    const showSummary = edgeItems !== null && 2 * edgeItems < length;
    const leading = showSummary ? edgeItems : 0;
    const trailing = showSummary ? edgeItems : length;
    let s = '';
    if (view.ndim === 1) {
      const elementWidth = currentWidth - Math.max(separator.trimEnd().length, 1);
      let line = hangingIndent;
      const extend = (word: string) => {
        [s, line] = extendLine(s, line, word, elementWidth, hangingIndent);
      };
      for (let i = 0; i < leading; i++) {
        extend(recurse(view.at(i), nextHangingIndent, nextWidth));
        line += separator;
      }
      if (showSummary) {
        extend('...');
        line += separator;
      }
      for (let i = trailing; i > 1; i--) {
        extend(recurse(view.at(-i), nextHangingIndent, nextWidth));
        line += separator;
      }
      extend(recurse(view.at(-1), nextHangingIndent, nextWidth));
      s += line;
    } else {
      const lineSeparator = separator.trimEnd() + '\n'.repeat(view.ndim - 1);
      for (let i = 0; i < leading; i++) {
        s += hangingIndent + recurse(view.at(i), nextHangingIndent, nextWidth) + lineSeparator;
      }
      if (showSummary) s += hangingIndent + '...' + lineSeparator;
      for (let i = trailing; i > 1; i--) {
        s += hangingIndent + recurse(view.at(-i), nextHangingIndent, nextWidth) + lineSeparator;
      }
      s += hangingIndent + recurse(view.at(-1), nextHangingIndent, nextWidth);
    }
    return '[' + s.slice(hangingIndent.length) + ']';
  };
  return recurse(root, nextLinePrefix, lineWidth);
}

function extendLine(s: string, line: string, word: string, lineWidth: number, nextLinePrefix: string): [string, string] {
  // Wrapping a line that holds only the indent would not help.
  const needsWrap = line.length + word.length > lineWidth && line.length > nextLinePrefix.length;
  if (needsWrap) {
    s += line.trimEnd() + '\n';
    line = nextLinePrefix;
  }
  return [s, line + word];
}
