import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { hasVisibleText, MESSAGE_MAX_LENGTH } from '../../../shared/contract/messages';
import { useMentionCandidates } from '../../api/hooks/useMessages';
import { ErrorAlert } from '../ErrorAlert';
import { MentionPicker } from './MentionPicker';
import { completeMention, mentionQueryAt, type MentionQuery } from './mentions';

/**
 * Writes a message: Enter sends, Shift+Enter starts a new line, `@` offers the people who can see
 * the conversation (arrow keys and Enter pick one). The text stays if sending fails, with the reason.
 */
export function Composer({
  conversationId,
  label,
  placeholder,
  sending,
  error,
  tools,
  onSend,
}: {
  conversationId: number;
  label: string;
  placeholder: string;
  sending: boolean;
  error: unknown;
  /** More controls beside Send (attaching a record). */
  tools?: ReactNode;
  onSend: (body: string) => Promise<unknown>;
}) {
  const [body, setBody] = useState('');
  const [query, setQuery] = useState<MentionQuery | null>(null);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLTextAreaElement>(null);
  // Where the caret goes once a completed mention is on screen: before the next key is handled,
  // so nothing typed right after picking lands elsewhere.
  const caretAfterRender = useRef<number | null>(null);
  useLayoutEffect(() => {
    const caret = caretAfterRender.current;
    if (caret === null || !input.current) return;
    caretAfterRender.current = null;
    input.current.focus();
    input.current.setSelectionRange(caret, caret);
  }, [body]);
  const candidates = useMentionCandidates(conversationId, query?.prefix ?? null);
  const people = query ? (candidates.data ?? []) : [];
  const tooLong = body.length > MESSAGE_MAX_LENGTH;
  const empty = !hasVisibleText(body);

  function follow(text: string, caret: number) {
    setBody(text);
    const next = mentionQueryAt(text, caret);
    if (next?.start !== query?.start || next?.prefix !== query?.prefix) setActive(0);
    setQuery(next);
  }

  function pick(username: string) {
    if (!query) return;
    const caret = input.current?.selectionStart ?? body.length;
    const completed = completeMention(body, query, caret, username);
    caretAfterRender.current = completed.caret;
    setBody(completed.text);
    setQuery(null);
  }

  function send() {
    if (empty || tooLong || sending) return;
    onSend(body).then(
      () => setBody(''),
      () => undefined, // the error prop says why; the text stays to be fixed and sent again
    );
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.nativeEvent.isComposing) return;
    if (people.length > 0) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : people.length - 1;
        setActive((current) => (current + step) % people.length);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        pick(people[Math.min(active, people.length - 1)]!.username);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        setQuery(null);
        return;
      }
    }
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      send();
    }
  }

  return (
    <Stack gap={4} pos="relative">
      {people.length > 0 && (
        <MentionPicker people={people} active={Math.min(active, people.length - 1)} onPick={pick} />
      )}
      <Textarea
        ref={input}
        aria-label={label}
        placeholder={placeholder}
        autosize
        minRows={2}
        maxRows={8}
        value={body}
        error={tooLong ? `Too long: ${MESSAGE_MAX_LENGTH} characters at most.` : undefined}
        onChange={(event) => follow(event.currentTarget.value, event.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
        onClick={(event) => follow(event.currentTarget.value, event.currentTarget.selectionStart)}
        onBlur={() => setQuery(null)}
      />
      <Group justify="space-between">
        <Text size="xs" c={tooLong ? 'red' : 'dimmed'} aria-live="polite">
          {body.length} / {MESSAGE_MAX_LENGTH} · Enter sends, Shift+Enter for a new line, @ to mention
        </Text>
        <Group gap="xs">
          {tools}
          <Button size="xs" onClick={send} loading={sending} disabled={empty || tooLong}>
            Send
          </Button>
        </Group>
      </Group>
      <ErrorAlert error={error} titles={{ VALIDATION: 'The message was not sent' }} />
    </Stack>
  );
}
