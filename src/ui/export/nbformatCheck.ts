// The rules of the nbformat 4.5 JSON schema that a notebook must meet to open in Jupyter and Colab, as a check
// for the tests (unit and e2e) of exported notebooks. Returns what is wrong; an empty list means valid.
export function nbformatProblems(value: unknown): string[] {
  const problems: string[] = [];
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const isSource = (v: unknown) => typeof v === 'string' || (Array.isArray(v) && v.every((line) => typeof line === 'string'));
  if (!isObject(value)) return ['the notebook is not a JSON object'];
  if (value.nbformat !== 4) problems.push('nbformat must be 4');
  if (typeof value.nbformat_minor !== 'number' || value.nbformat_minor < 5) problems.push('nbformat_minor must be 5 or more');
  if (!isObject(value.metadata)) problems.push('metadata must be an object');
  if (!Array.isArray(value.cells)) return [...problems, 'cells must be a list'];
  const ids = new Set<string>();
  value.cells.forEach((cell: unknown, i) => {
    const where = `cells[${i}]`;
    if (!isObject(cell)) return void problems.push(`${where} is not an object`);
    if (typeof cell.id !== 'string' || !/^[a-zA-Z0-9-_]{1,64}$/.test(cell.id)) problems.push(`${where}.id is not a valid cell id`);
    else if (ids.has(cell.id)) problems.push(`${where}.id repeats ${cell.id}`);
    else ids.add(cell.id);
    if (!isObject(cell.metadata)) problems.push(`${where}.metadata must be an object`);
    if (!isSource(cell.source)) problems.push(`${where}.source must be a string or a list of strings`);
    const allowed = cell.cell_type === 'code' ? ['cell_type', 'id', 'metadata', 'source', 'execution_count', 'outputs'] : ['cell_type', 'id', 'metadata', 'source', 'attachments'];
    for (const key of Object.keys(cell)) if (!allowed.includes(key)) problems.push(`${where} has a field ${key} its cell type does not allow`);
    if (cell.cell_type === 'code') {
      if (!(cell.execution_count === null || Number.isInteger(cell.execution_count))) problems.push(`${where}.execution_count must be null or an integer`);
      if (!Array.isArray(cell.outputs)) problems.push(`${where}.outputs must be a list`);
    } else if (cell.cell_type !== 'markdown' && cell.cell_type !== 'raw') {
      problems.push(`${where}.cell_type must be code, markdown or raw`);
    }
  });
  return problems;
}
