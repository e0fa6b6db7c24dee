import { memo, useMemo } from 'react';
import type { Lesson } from '../../lessons/lesson.ts';
import { lessonHtml } from './markdown.ts';

/** The lesson's text, rendered from its lesson.md (trusted: see markdown.ts). */
export const LessonText = memo(function LessonText({ lesson }: { lesson: Lesson }) {
  const html = useMemo(() => lessonHtml(lesson.text), [lesson]);
  return <article className="lesson-text card" data-testid="lesson-text" dangerouslySetInnerHTML={{ __html: html }} />;
});
