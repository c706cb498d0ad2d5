import { describe, expect, it } from 'vitest';
import { completeMention, mentionQueryAt, mentionSegments } from '../../../renderer/components/messages/mentions';

describe('highlighting the mentions of a message', () => {
  it('cuts the text into plain runs and the mentions the host recognised, in any case', () => {
    expect(mentionSegments('@Grace the delivery for @linus is in bay 2', ['grace', 'linus'])).toEqual([
      { text: '@Grace', mention: 'Grace' },
      { text: ' the delivery for ', mention: null },
      { text: '@linus', mention: 'linus' },
      { text: ' is in bay 2', mention: null },
    ]);
  });

  it('leaves names the host did not recognise, email addresses and a full stop after a name as text', () => {
    expect(mentionSegments('ask @nobody or mail ada@linus.com, thanks @linus.', ['linus'])).toEqual([
      { text: 'ask @nobody or mail ada@linus.com, thanks ', mention: null },
      { text: '@linus', mention: 'linus' },
      { text: '.', mention: null },
    ]);
  });

  it('keeps a username that contains a dot whole', () => {
    expect(mentionSegments('@grace.h see this', ['grace.h', 'grace'])).toEqual([
      { text: '@grace.h', mention: 'grace.h' },
      { text: ' see this', mention: null },
    ]);
  });

  it('gives markup back as the very same text, never as anything else', () => {
    const body = '<script>alert(1)</script> <b>@linus</b>';
    const segments = mentionSegments(body, ['linus']);
    expect(segments.map((segment) => segment.text).join('')).toBe(body);
    expect(segments.filter((segment) => segment.mention)).toEqual([{ text: '@linus', mention: 'linus' }]);
  });

  it('returns nothing for an empty (deleted) text', () => {
    expect(mentionSegments('', ['linus'])).toEqual([]);
  });
});

describe('the mention being typed', () => {
  it('is what follows an @ that starts a word, up to the caret', () => {
    expect(mentionQueryAt('hi @li', 6)).toEqual({ start: 3, prefix: 'li' });
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, prefix: '' });
    expect(mentionQueryAt('hi @linus there', 9)).toEqual({ start: 3, prefix: 'linus' });
  });

  it('is nothing inside an email address, after a space, or without an @', () => {
    expect(mentionQueryAt('mail ada@li', 11)).toBeNull();
    expect(mentionQueryAt('hi @linus there', 15)).toBeNull();
    expect(mentionQueryAt('hello', 5)).toBeNull();
  });

  it('completes to the chosen username and a space, replacing the rest of the word', () => {
    expect(completeMention('hi @li', { start: 3, prefix: 'li' }, 6, 'linus')).toEqual({
      text: 'hi @linus ',
      caret: 10,
    });
    expect(completeMention('hi @lix there', { start: 3, prefix: 'li' }, 6, 'linus')).toEqual({
      text: 'hi @linus there',
      caret: 10,
    });
  });
});
