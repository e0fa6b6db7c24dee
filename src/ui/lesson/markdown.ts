// Lesson text as HTML. Only lesson.md files go through here: they are ours, bundled at build time and reviewed
// like code, so their HTML is trusted. Learner output never does; consoles render it as text.
import { Marked } from 'marked';

const markdown = new Marked({ gfm: true, async: false });

/** Tables scroll sideways in their own region (focusable, so keyboard users can scroll it too). */
const TABLE_OPEN = '<div class="table-scroll" tabindex="0" role="region" aria-label="Table">';

export function lessonHtml(text: string): string {
  return markdown.parse(text, { async: false }).replaceAll('<table>', `${TABLE_OPEN}<table>`).replaceAll('</table>', '</table></div>');
}
