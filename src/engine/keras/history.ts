// keras.callbacks.History: what model.fit returns. `history` maps each logged name ('loss', 'accuracy',
// 'val_loss', ...) to one value per epoch.

export interface HistoryParams {
  verbose: number;
  epochs: number;
  steps: number;
}

export class History {
  readonly history: Record<string, number[]> = {};
  readonly epoch: number[] = [];

  constructor(readonly params: HistoryParams) {}

  record(epoch: number, logs: Record<string, number>): void {
    this.epoch.push(epoch);
    for (const [key, value] of Object.entries(logs)) (this.history[key] ??= []).push(value);
  }
}
