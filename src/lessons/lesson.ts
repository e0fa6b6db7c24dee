// A lesson is data (DESIGN.md): a folder under src/lessons/ with its text, its programs and its lesson.json.
import type { Pane } from '../worker/protocol.ts';
import type { LessonMeta } from './meta.ts';

export interface Lesson {
  /** The folder name, e.g. '04-regression'. */
  id: string;
  title: string;
  /** The program the Keras pane opens with. */
  keras: string;
  /** The program the PyTorch pane opens with. */
  pytorch: string;
  /** tf.py, for the lessons whose panes include 'tf'. */
  tf: string | null;
  /** lesson.md, the lesson's text in Markdown. */
  text: string;
  meta: LessonMeta;
}

/** The program a pane of the lesson opens with ('' for a pane the lesson does not have). */
export function lessonProgram(lesson: Lesson, pane: Pane): string {
  return (pane === 'tf' ? lesson.tf : lesson[pane]) ?? '';
}

/** The lesson's number, from its folder name: 4 for '04-regression'. */
export function lessonNumber(lesson: Lesson): number {
  return Number.parseInt(lesson.id, 10);
}
