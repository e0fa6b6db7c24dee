import { describe, expect, it } from 'vitest';
import { applyRunEvent, idlePane, startRun } from '../../store/paneState.ts';
import { curveDatasets, metricOf, sameCurves } from './curveDatasets.ts';

function paneWith(points: { series: string; step: number; value: number }[]) {
  return applyRunEvent(startRun(1), { type: 'metric', runId: 1, points });
}

const both = ['keras', 'pytorch'] as const;

describe('curveDatasets', () => {
  it('puts both panes’ losses on the chart, Keras first, labelled by framework', () => {
    const curves = curveDatasets(
      both,
      {
        keras: paneWith([{ series: 'loss', step: 1, value: 40 }, { series: 'loss', step: 2, value: 20 }]),
        pytorch: paneWith([{ series: 'loss', step: 1, value: 50 }]),
        tf: idlePane(),
      },
      'loss',
    );
    expect(curves.map(({ key, label, points }) => ({ key, label, points }))).toEqual([
      { key: 'keras/loss', label: 'Keras loss', points: [{ x: 1, y: 40 }, { x: 2, y: 20 }] },
      { key: 'pytorch/loss', label: 'PyTorch loss', points: [{ x: 1, y: 50 }] },
    ]);
  });

  it('shows accuracy series on the accuracy chart only, validation ones marked', () => {
    const keras = paneWith([
      { series: 'loss', step: 1, value: 0.7 },
      { series: 'accuracy', step: 1, value: 0.5 },
      { series: 'val_accuracy', step: 1, value: 0.25 },
    ]);
    const curves = curveDatasets(both, { keras, pytorch: idlePane(), tf: idlePane() }, 'accuracy');
    expect(curves.map(({ label, validation }) => ({ label, validation }))).toEqual([
      { label: 'Keras accuracy', validation: false },
      { label: 'Keras val_accuracy', validation: true },
    ]);
    expect(metricOf('val_loss')).toBe('loss');
  });

  it('includes the TensorFlow pane when the lesson shows one', () => {
    const tf = paneWith([{ series: 'loss', step: 1, value: 3 }]);
    const states = { keras: idlePane(), pytorch: idlePane(), tf };
    expect(curveDatasets(both, states, 'loss')).toEqual([]);
    expect(curveDatasets(['keras', 'pytorch', 'tf'], states, 'loss').map((curve) => curve.label)).toEqual(['TensorFlow loss']);
  });

  it('tells when only the points changed, so the chart can keep its datasets', () => {
    const one = paneWith([{ series: 'loss', step: 1, value: 1 }]);
    const two = paneWith([{ series: 'loss', step: 1, value: 1 }, { series: 'loss', step: 2, value: 0.5 }]);
    const before = curveDatasets(both, { keras: one, pytorch: idlePane(), tf: idlePane() }, 'loss');
    const more = curveDatasets(both, { keras: two, pytorch: idlePane(), tf: idlePane() }, 'loss');
    const other = curveDatasets(both, { keras: idlePane(), pytorch: one, tf: idlePane() }, 'loss');
    expect(sameCurves(before, more)).toBe(true);
    expect(sameCurves(before, other)).toBe(false);
  });
});
