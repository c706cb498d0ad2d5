import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Message } from '../../../shared/contract/messages';
import { mentionSegments } from './mentions';
import { RECORD_KIND_LABELS, recordPath } from './record-path';
import classes from './messages.module.css';

/**
 * A message's text as plain text (React escapes it; it is never parsed as HTML), line breaks kept,
 * with the @mentions highlighted, the reader's own more strongly.
 */
export function MessageText({ message, readerUsername }: { message: Message; readerUsername: string }) {
  if (message.deletedAt) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        Message deleted
      </Text>
    );
  }
  const segments = mentionSegments(
    message.body,
    message.mentions.map((mention) => mention.username),
  );
  return (
    <Text size="sm" className={classes.body} data-testid="message-text">
      {segments.map((segment, index) =>
        segment.mention === null ? (
          segment.text
        ) : (
          <span
            key={index}
            className={
              segment.mention.toLowerCase() === readerUsername.toLowerCase() ? classes.mentionOfReader : classes.mention
            }
          >
            {segment.text}
          </span>
        ),
      )}
    </Text>
  );
}

/** The record a message is attached to, as a link to its page. */
export function RecordLink({ record }: { record: NonNullable<Message['record']> }) {
  return (
    <Anchor component={Link} to={recordPath(record)} size="xs">
      {RECORD_KIND_LABELS[record.kind]}: {record.label}
    </Anchor>
  );
}
