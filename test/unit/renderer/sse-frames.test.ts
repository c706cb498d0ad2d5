import { describe, expect, it } from 'vitest';
import { SseFrames } from '../../../renderer/api/sse-frames';

describe('reading the push stream', () => {
  it('yields push events however the stream is cut into chunks', () => {
    const text =
      ': connected\n\nevent: push\ndata: {"name":"task.progress","payload":{"done":1}}\n\n: still here\n\n' +
      'event: push\r\ndata: {"name":"session.expired","payload":{}}\r\n\r\n';
    const whole = new SseFrames().push(text);
    expect(whole).toEqual([
      { name: 'task.progress', payload: { done: 1 } },
      { name: 'session.expired', payload: {} },
    ]);
    const frames = new SseFrames();
    const byChar = [...text].flatMap((char) => frames.push(char));
    expect(byChar).toEqual(whole);
  });

  it('skips other event names, broken JSON and frames without a name', () => {
    const frames = new SseFrames();
    expect(
      frames.push(
        'data: {"name":"x"}\n\nevent: other\ndata: {"name":"x"}\n\nevent: push\ndata: {oops\n\nevent: push\ndata: {"payload":1}\n\n',
      ),
    ).toEqual([]);
    // An unfinished frame waits for its blank line.
    expect(frames.push('event: push\ndata: {"name":"late"}\n')).toEqual([]);
    expect(frames.push('\n')).toEqual([{ name: 'late', payload: undefined }]);
  });
});
