// Every lesson in the format of README.md, found by Vite at build time: adding a folder with a lesson.json adds
// a lesson, with no code to touch (DESIGN.md: lessons are data).
import type { Lesson } from './lesson.ts';
import { parseLessonMeta } from './meta.ts';

const metas = import.meta.glob<unknown>('./*/lesson.json', { eager: true, import: 'default' });
const sources = import.meta.glob<string>(['./*/lesson.md', './*/*.py'], {
  eager: true,
  query: '?raw',
  import: 'default',
});

/** The lessons in folder order, which is their number order (01-…, 02-…). */
export const lessons: readonly Lesson[] = Object.keys(metas)
  .sort()
  .map((path) => {
    const id = path.split('/')[1]!;
    const meta = parseLessonMeta(metas[path], `${id}/lesson.json`);
    return {
      id,
      title: meta.title,
      keras: source(id, 'keras.py'),
      pytorch: source(id, 'pytorch.py'),
      tf: meta.panes.includes('tf') ? source(id, 'tf.py') : null,
      text: source(id, 'lesson.md'),
      meta,
    };
  });

function source(id: string, file: string): string {
  const text = sources[`./${id}/${file}`];
  if (text === undefined) throw new Error(`lesson ${id} has no ${file}`);
  return text;
}
