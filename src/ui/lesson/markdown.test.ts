import { describe, expect, it } from 'vitest';
import { lessons } from '../../lessons/catalog.ts';
import { lessonHtml } from './markdown.ts';

describe('lesson text', () => {
  it('renders headings, tables and code spans', () => {
    const html = lessonHtml('# Title\n\n| Job | Keras |\n|---|---|\n| loss | `mse` |\n');
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<div class="table-scroll" tabindex="0" role="region" aria-label="Table"><table>');
    expect(html).toContain('</table></div>');
    expect(html).toContain('<td><code>mse</code></td>');
  });

  it('renders every lesson without leaving Markdown syntax behind', () => {
    for (const lesson of lessons) {
      const html = lessonHtml(lesson.text);
      expect(html.startsWith('<h1>'), lesson.id).toBe(true);
      expect(html, lesson.id).not.toMatch(/^#+ /m);
      expect(html, lesson.id).toContain('<h2>Try this</h2>');
    }
  });
});
