import type { Lesson } from '../lesson.ts';
import keras from './keras.py?raw';
import pytorch from './pytorch.py?raw';

export const regression: Lesson = {
  id: '04-regression',
  title: 'Fit a line: y = 2x',
  keras,
  pytorch,
};
