import { describe, expect, it } from 'vitest';
import { applyRunEvent, idlePane, startRun } from '../store/paneState.ts';
import { curveDatasets, sameCurves } from './curveDatasets.ts';

function paneWith(points: { series: string; step: number; value: number }[]) {
  return applyRunEvent(startRun(idlePane(''), 1), { type: 'metric', runId: 1, points });
}

describe('curveDatasets', () => {
  it('puts both panes’ losses on the chart, Keras first, labelled by framework', () => {
    const curves = curveDatasets({
      keras: paneWith([{ series: 'loss', step: 1, value: 40 }, { series: 'loss', step: 2, value: 20 }]),
      pytorch: paneWith([{ series: 'loss', step: 1, value: 50 }]),
    });
    expect(curves.map(({ key, label, axis, points }) => ({ key, label, axis, points }))).toEqual([
      { key: 'keras/loss', label: 'Keras loss', axis: 'loss', points: [{ x: 1, y: 40 }, { x: 2, y: 20 }] },
      { key: 'pytorch/loss', label: 'PyTorch loss', axis: 'loss', points: [{ x: 1, y: 50 }] },
    ]);
  });

  it('plots accuracy on its own axis', () => {
    const curves = curveDatasets({ keras: paneWith([{ series: 'accuracy', step: 1, value: 0.5 }]), pytorch: idlePane('') });
    expect(curves[0]).toMatchObject({ label: 'Keras accuracy', axis: 'accuracy' });
  });

  it('tells when only the points changed, so the chart can keep its datasets', () => {
    const before = curveDatasets({ keras: paneWith([{ series: 'loss', step: 1, value: 1 }]), pytorch: idlePane('') });
    const more = curveDatasets({ keras: paneWith([{ series: 'loss', step: 1, value: 1 }, { series: 'loss', step: 2, value: 0.5 }]), pytorch: idlePane('') });
    const other = curveDatasets({ keras: idlePane(''), pytorch: paneWith([{ series: 'loss', step: 1, value: 1 }]) });
    expect(sameCurves(before, more)).toBe(true);
    expect(sameCurves(before, other)).toBe(false);
  });
});
