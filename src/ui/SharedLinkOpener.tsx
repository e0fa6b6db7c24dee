import { useEffect, useState } from 'react';
import { lessonNumber } from '../lessons/lesson.ts';
import { PANES } from '../lessons/meta.ts';
import { decodeShare, ShareLinkError } from '../store/share.ts';
import { useConfirm } from './dialog.tsx';
import { HOME_HASH, lessonHash } from './route.ts';
import { useServices } from './services.ts';

/**
 * Opens a share link: puts its code in the lesson's panes and shows the lesson, running nothing. Code the
 * learner already changed in that lesson is replaced only if they say so.
 */
export function SharedLinkOpener({ token }: { token: string }) {
  const { lessons, kept } = useServices();
  const confirm = useConfirm();
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void (async () => {
      try {
        const shared = await decodeShare(token);
        const lesson = lessons.find((candidate) => candidate.id === shared.lessonId);
        if (lesson === undefined) throw new ShareLinkError(`This link is for a lesson this version of Tandem does not have (${shared.lessonId}).`);
        const edits = kept.getState().edits[lesson.id] ?? {};
        const overwrites = PANES.filter((pane) => shared.code[pane] !== undefined && edits[pane] !== undefined && edits[pane] !== shared.code[pane]);
        const replace =
          overwrites.length === 0 ||
          (await confirm({
            title: 'Open the shared code?',
            message: `You have changed ${overwrites.map((pane) => `${pane}.py`).join(' and ')} in Lesson ${lessonNumber(lesson)}. The shared code will take its place.`,
            confirmLabel: 'Open the shared code',
            cancelLabel: 'Keep my code',
          }));
        if (!current) return;
        if (replace) {
          for (const pane of lesson.meta.panes) {
            const code = shared.code[pane];
            if (code !== undefined) kept.getState().setCode(lesson, pane, code);
          }
        }
        // Replace, not push: Back should not open the link (and ask) again.
        window.location.replace(lessonHash(lesson.id));
      } catch (error) {
        if (current) setProblem(error instanceof ShareLinkError ? error.message : 'This share link could not be opened.');
      }
    })();
    return () => {
      current = false;
    };
  }, [token, lessons, kept, confirm]);

  return (
    <main className="home" id="main">
      <section className="home-intro" role="status">
        {problem === null ? (
          <p>Opening the shared code…</p>
        ) : (
          <>
            <h2>This share link can’t be opened</h2>
            <p data-testid="share-problem">{problem}</p>
            <a className="button button-primary" href={HOME_HASH}>
              Go to the lessons
            </a>
          </>
        )}
      </section>
    </main>
  );
}
