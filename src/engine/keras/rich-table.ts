// The text of a `rich` Table as Keras' model.summary() draws it: HEAVY_HEAD box, fixed column widths, a rule
// between body rows (show_lines=True), no colour. Column widths follow rich's layout: each column's width plus
// one space of padding either side, shrunk evenly (rich's ratio_reduce) until the table fits its width.

export type Justify = 'left' | 'right';

export interface TableColumn {
  readonly header: string;
  readonly width: number;
  readonly justify: Justify;
}

/** Python's round(): halves go to the even neighbour. */
function pyRound(x: number): number {
  const floor = Math.floor(x);
  const rest = x - floor;
  if (rest > 0.5) return floor + 1;
  if (rest < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** rich's ratio_reduce with equal ratios: takes `total` off the widths, a rounded share from each in turn. */
function reduceEvenly(total: number, widths: readonly number[]): number[] {
  let remaining = total;
  let ratio = widths.length;
  return widths.map((w) => {
    const share = Math.min(w, pyRound(remaining / ratio));
    remaining -= share;
    ratio -= 1;
    return w - share;
  });
}

/** The widths of the cells including padding, for a table `tableWidth` characters wide. */
function cellWidths(columns: readonly TableColumn[], tableWidth: number): number[] {
  const padded = columns.map((c) => c.width + 2);
  const available = tableWidth - (columns.length + 1); // the box's verticals
  const total = padded.reduce((a, b) => a + b, 0);
  return total > available ? reduceEvenly(total - available, padded) : padded;
}

/** rich's word wrap: greedy lines of whole words; a word longer than the line is cut with an ellipsis. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (candidate.length <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
  }
  lines.push(line);
  return lines.map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l));
}

function rule(widths: readonly number[], [left, fill, cross, right]: string): string {
  return left + widths.map((w) => fill.repeat(w)).join(cross) + right;
}

function row(cells: readonly string[], columns: readonly TableColumn[], widths: readonly number[], vertical: string): string[] {
  const wrapped = cells.map((text, i) => wrap(text, widths[i] - 2));
  const height = Math.max(...wrapped.map((lines) => lines.length));
  const out: string[] = [];
  for (let k = 0; k < height; k++) {
    const parts = wrapped.map((lines, i) => {
      const text = lines[k] ?? '';
      const inner = widths[i] - 2;
      return ` ${columns[i].justify === 'right' ? text.padStart(inner) : text.padEnd(inner)} `;
    });
    out.push(vertical + parts.join(vertical) + vertical);
  }
  return out;
}

/** The table's lines: header, then the rows separated by rules. */
export function renderTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[], tableWidth: number): string[] {
  const widths = cellWidths(columns, tableWidth);
  const lines = [rule(widths, '┏━┳┓'), ...row(columns.map((c) => c.header), columns, widths, '┃'), rule(widths, '┡━╇┩')];
  rows.forEach((cells, i) => {
    if (i > 0) lines.push(rule(widths, '├─┼┤'));
    lines.push(...row(cells, columns, widths, '│'));
  });
  lines.push(rule(widths, '└─┴┘'));
  return lines;
}
