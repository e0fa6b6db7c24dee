import { describe, expect, it } from 'vitest';
import { lessonHash, parseRoute } from './route.ts';

describe('routes', () => {
  it('reads the lesson list, a lesson and a share link from the hash', () => {
    expect(parseRoute('')).toEqual({ view: 'home' });
    expect(parseRoute('#/')).toEqual({ view: 'home' });
    expect(parseRoute(lessonHash('04-regression'))).toEqual({ view: 'lesson', lessonId: '04-regression' });
    expect(parseRoute('#share=abc_-1')).toEqual({ view: 'share', token: 'abc_-1' });
  });

  it('sends anything it does not know to the lesson list', () => {
    expect(parseRoute('#/lessons/')).toEqual({ view: 'home' });
    expect(parseRoute('#/settings')).toEqual({ view: 'home' });
  });
});
