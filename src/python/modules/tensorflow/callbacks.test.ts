// keras.callbacks through fit(): EarlyStopping stops as Keras 3 does, a learner's Callback subclass sees every
// epoch's logs and can stop training, LambdaCallback calls its functions, and a History passed in is the one fit
// returns.

import { describe, expect, it } from 'vitest';
import { runCollecting } from '../runForTest.ts';

/** A model whose loss never improves (learning rate 0), so patience alone decides when training stops. */
const FROZEN = `
import keras
import numpy as np
x = np.array([[1.0], [2.0]])
y = np.array([[0.0], [1.0]])
model = keras.Sequential([keras.Input(shape=(1,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss='mse')
`;

describe('keras.callbacks in fit()', () => {
  it('EarlyStopping ends training once patience epochs pass without improvement, and says so when verbose', async () => {
    const run = await runCollecting(`${FROZEN}
stop = keras.callbacks.EarlyStopping(monitor='loss', patience=2, verbose=1)
h = model.fit(x, y, epochs=10, verbose=0, callbacks=[stop])
print(h.epoch, stop.stopped_epoch, stop.wait)
`);
    expect(run.error).toBeNull();
    expect(run.stdout).toBe('Epoch 3: early stopping\n[0, 1, 2] 2 2\n');
  });

  it("a Callback subclass gets each epoch's number and logs, and stop_training ends fit after that epoch", async () => {
    const run = await runCollecting(`${FROZEN}
class Watch(keras.callbacks.Callback):
    def on_train_begin(self, logs=None):
        print('begin', self.model is model)
    def on_epoch_end(self, epoch, logs=None):
        print('epoch', epoch, sorted(logs), type(logs['loss']).__name__)
        if epoch == 1:
            self.model.stop_training = True
    def on_train_end(self, logs=None):
        print('end')
h = model.fit(x, y, epochs=5, verbose=0, callbacks=[Watch()])
print(h.epoch, model.stop_training)
`);
    expect(run.error).toBeNull();
    expect(run.stdout).toBe("begin True\nepoch 0 ['loss'] float\nepoch 1 ['loss'] float\nend\n[0, 1] True\n");
  });

  it('LambdaCallback calls the functions it was given; a History passed in is filled and returned', async () => {
    const run = await runCollecting(`${FROZEN}
seen = []
history = keras.callbacks.History()
h = model.fit(x, y, epochs=3, verbose=0, callbacks=[keras.callbacks.LambdaCallback(on_epoch_end=lambda e, logs: seen.append(e)), history])
print(seen, h is history, len(history.history['loss']), history.params)
`);
    expect(run.error).toBeNull();
    expect(run.stdout).toBe("[0, 1, 2] True 3 {'verbose': 0, 'epochs': 3, 'steps': 1}\n");
  });

  it('refuses what is not a callback, and EarlyStopping arguments Keras does not know', async () => {
    const notCallback = await runCollecting(`${FROZEN}\nmodel.fit(x, y, callbacks=[print])`);
    expect(notCallback.error).toMatch(/TypeError: callbacks must be keras.callbacks.Callback instances; got builtin_function_or_method/);
    const unknown = await runCollecting(`${FROZEN}\nkeras.callbacks.EarlyStopping(patients=3)`);
    expect(unknown.error).toMatch(/TypeError: EarlyStopping.__init__\(\) got an unexpected keyword argument 'patients'/);
  });
});
