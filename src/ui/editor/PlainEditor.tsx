import { useEffect, type KeyboardEvent, type RefObject } from 'react';
import { useStore } from 'zustand';
import type { Lesson } from '../../lessons/lesson.ts';
import { codeOf } from '../../store/keptWork.ts';
import type { Pane } from '../../worker/protocol.ts';
import { PANE_LOOK } from '../pane/paneLook.ts';
import { perform, shortcutOf } from '../keyboard.ts';
import { useServices } from '../services.ts';

const INDENT = '    ';

/**
 * The editor a pane shows until Monaco has loaded: a plain text area holding the same code, editable and with the
 * same keys (Ctrl/Cmd+Enter runs the pane, Shift+Enter runs all, Escape stops, Tab indents), so a learner on a
 * slow connection can read, change and run the program from the first paint.
 */
export function PlainEditor({ lesson, pane, area }: { lesson: Lesson; pane: Pane; area: RefObject<HTMLTextAreaElement | null> }) {
  const { kept, controls } = useServices();
  const code = useStore(kept, (state) => codeOf(state, lesson, pane));

  useEffect(() => {
    performance.mark(`tandem:editor-runnable:${pane}`);
  }, [pane]);

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const shortcut = shortcutOf(event);
    if (shortcut !== null) {
      if (perform(shortcut, controls, pane)) event.preventDefault();
    } else if (event.key === 'Tab' && !event.shiftKey) {
      event.preventDefault();
      const element = event.currentTarget;
      const { selectionStart, selectionEnd, value } = element;
      kept.getState().setCode(lesson, pane, value.slice(0, selectionStart) + INDENT + value.slice(selectionEnd));
      requestAnimationFrame(() => element.setSelectionRange(selectionStart + INDENT.length, selectionStart + INDENT.length));
    }
  };

  return (
    <textarea
      ref={area}
      className="editor-fallback"
      data-testid={`plain-editor-${pane}`}
      aria-label={`${PANE_LOOK[pane].title} code (plain text while the full editor loads). Ctrl+Enter runs this program.`}
      spellCheck={false}
      autoCapitalize="off"
      autoComplete="off"
      wrap="off"
      value={code}
      onChange={(event) => kept.getState().setCode(lesson, pane, event.target.value)}
      onKeyDown={onKeyDown}
    />
  );
}
