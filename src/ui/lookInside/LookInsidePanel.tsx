import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { Lesson } from '../../lessons/lesson.ts';
import { codeOf } from '../../store/keptWork.ts';
import type { FitStep, FitTrace, FitTraceResult, TensorPeek } from '../../worker/lookInside.ts';
import { RUN_TIME_LIMIT_MS } from '../../store/runs.ts';
import { formatNumber } from '../formatNumber.ts';
import { useServices } from '../services.ts';
import { PHASE_TITLE, PHASES, PYTORCH_IDIOM, pytorchStepLines, type Phase } from './trainingSteps.ts';

type Tracing = { kind: 'tracing' } | FitTraceResult;

/**
 * "Look inside fit()": steps through what fit does for the Keras pane's model, batch → forward → loss →
 * gradients → update, with the numbers fit computed (traced in a worker of its own, fitTrace.ts), next to the
 * PyTorch pane's lines that do the same.
 */
export function LookInsidePanel({ lesson }: { lesson: Lesson }) {
  const { client, kept, highlights } = useServices();
  const [tracing, setTracing] = useState<Tracing>({ kind: 'tracing' });
  const [position, setPosition] = useState(0);
  const [attempt, setAttempt] = useState(0);
  const pytorchCode = useStore(kept, (state) => codeOf(state, lesson, 'pytorch'));
  const pytorchLines = useMemo(() => pytorchStepLines(pytorchCode), [pytorchCode]);

  useEffect(() => {
    setTracing({ kind: 'tracing' });
    setPosition(0);
    const handle = client.lookInsideFit(codeOf(kept.getState(), lesson, 'keras'), { timeLimitMs: RUN_TIME_LIMIT_MS });
    let current = true;
    void handle.result.then((result) => current && setTracing(result));
    return () => {
      current = false;
      handle.cancel();
    };
  }, [client, kept, lesson, attempt]);

  const trace = tracing.kind === 'traced' ? tracing.trace : null;
  const total = trace === null ? 0 : trace.steps.length * PHASES.length;
  const step = trace?.steps[Math.floor(position / PHASES.length)] ?? null;
  const phase = PHASES[position % PHASES.length]!;
  const pytorchLine = pytorchLines[phase];

  useEffect(() => {
    if (trace === null) return;
    const marks = [];
    if (trace.line !== null) marks.push({ pane: 'keras' as const, lines: [trace.line, trace.line] as const, note: `fit(): ${PHASE_TITLE[phase].toLowerCase()}` });
    if (pytorchLine !== null) marks.push({ pane: 'pytorch' as const, lines: [pytorchLine.line, pytorchLine.line] as const, note: `The same ${PHASE_TITLE[phase].toLowerCase()} in PyTorch` });
    highlights.getState().setMarks(marks);
  }, [highlights, trace, phase, pytorchLine]);
  useEffect(() => () => highlights.getState().setMarks([]), [highlights]);

  return (
    <section className="look-inside" aria-label="Look inside fit()" data-testid="look-inside">
      <header className="look-inside-header">
        <h3>Inside fit()</h3>
        {trace !== null && step !== null && (
          <p className="look-inside-where" aria-live="polite" data-testid="look-inside-where">
            Step {Math.floor(position / PHASES.length) + 1} of {trace.steps.length}: epoch {step.epoch}, batch {step.batch} of{' '}
            {step.batchesPerEpoch} · {PHASE_TITLE[phase]}
          </p>
        )}
        <div className="look-inside-actions">
          <button type="button" className="button button-quiet" onClick={() => setPosition((p) => p - 1)} disabled={position === 0} aria-label="Previous part of the step">
            ← Back
          </button>
          <button
            type="button"
            className="button button-quiet"
            data-testid="look-inside-next"
            onClick={() => setPosition((p) => p + 1)}
            disabled={position >= total - 1}
            aria-label="Next part of the step"
          >
            Next →
          </button>
          <button type="button" className="button button-quiet" onClick={() => setAttempt((n) => n + 1)} title="Trace the Keras program as it is now">
            Trace again
          </button>
        </div>
      </header>
      {tracing.kind === 'tracing' && <p className="look-inside-note">Running your Keras program up to fit() and tracing its first steps…</p>}
      {tracing.kind === 'no-fit' && <p className="look-inside-note">This program never calls model.fit(), so there is nothing to look inside.</p>}
      {tracing.kind === 'error' && (
        <p className="look-inside-note">
          The program stopped before fit() could be traced: <code>{`${tracing.error.type}: ${tracing.error.message}`}</code>
        </p>
      )}
      {trace !== null && step !== null && (
        <>
          <ol className="phase-list">
            {PHASES.map((name, i) => (
              <li key={name}>
                <button
                  type="button"
                  aria-current={name === phase ? 'step' : undefined}
                  onClick={() => setPosition(Math.floor(position / PHASES.length) * PHASES.length + i)}
                >
                  {i + 1}. {PHASE_TITLE[name]}
                </button>
              </li>
            ))}
          </ol>
          <div className="look-inside-body">
            <div className="look-inside-keras" data-testid="look-inside-numbers">
              <PhaseNumbers phase={phase} step={step} trace={trace} />
            </div>
            <div className="look-inside-pytorch">
              <h4>In the PyTorch pane</h4>
              {pytorchLine === null ? (
                <p>
                  PyTorch writes it as <code>{PYTORCH_IDIOM[phase]}</code>
                </p>
              ) : (
                <p>
                  Line {pytorchLine.line}: <code>{pytorchLine.text}</code>
                </p>
              )}
            </div>
          </div>
        </>
      )}
    </section>
  );
}

function PhaseNumbers({ phase, step, trace }: { phase: Phase; step: FitStep; trace: FitTrace }) {
  switch (phase) {
    case 'batch':
      return (
        <>
          {step.batchesPerEpoch === 1 ? (
            <p>
              fit takes the batch: all {trace.examples} examples fit in one (batch_size={trace.batchSize}), so every epoch
              trains on the same batch.
            </p>
          ) : (
            <p>
              fit takes the next batch: {step.x.shape[0]} of the {trace.examples} examples (batch_size={trace.batchSize}),
              shuffled each epoch.
            </p>
          )}
          <Numbers label="x" peek={step.x} />
          <Numbers label="y" peek={step.y} />
        </>
      );
    case 'forward':
      return (
        <>
          <p>It runs the batch through the model in training mode: model(x, training=True).</p>
          <Numbers label="prediction" peek={step.prediction} />
        </>
      );
    case 'loss':
      return (
        <>
          <p>
            It compares the predictions with y using the compiled loss, {trace.loss}: one number for how wrong they are.
          </p>
          <p className="big-number" data-testid="look-inside-loss">
            loss = {format(step.loss)}
          </p>
        </>
      );
    case 'gradients':
      return (
        <>
          <p>Backpropagation finds how the loss changes with each weight: d(loss)/d(weight).</p>
          {step.weights.map((weight) => (
            <Numbers key={weight.name} label={`grad ${weight.name}`} peek={weight.gradient} />
          ))}
        </>
      );
    case 'update':
      return (
        <>
          <p>
            The optimizer, {trace.optimizer} with learning_rate={format(trace.learningRate)}, moves every weight against its gradient
            {trace.optimizer === 'SGD' ? `: w − ${format(trace.learningRate)} × grad` : ''}.
          </p>
          {step.weights.map((weight) => (
            <div key={weight.name} className="weight-update">
              <Numbers label={`${weight.name} before`} peek={weight.before} />
              <Numbers label={`${weight.name} after`} peek={weight.after} />
            </div>
          ))}
        </>
      );
  }
}

function Numbers({ label, peek }: { label: string; peek: TensorPeek }) {
  return (
    <p className="numbers">
      <span className="numbers-label">
        {label} <span className="numbers-shape">({peek.shape.join('×') || 'scalar'})</span>
      </span>{' '}
      <code>
        [{peek.values.map(format).join(', ')}
        {peek.truncated ? ', …' : ''}]
      </code>
    </p>
  );
}

const format = (value: number): string => formatNumber(value, 5);
