import { Loader, Stack, Text, UnstyledButton } from '@mantine/core';
import { useMessageSearch } from '../../api/hooks/useMessages';
import { QueryError } from '../../components/inventory/QueryError';
import { formatDateTime } from '../../lib/format';

/** Messages matching the search, best match first; choosing one opens its conversation. */
export function SearchResults({ query, onOpen }: { query: string; onOpen: (conversationId: number) => void }) {
  const results = useMessageSearch(query);
  if (results.isPending) return <Loader size="sm" aria-label="Searching messages" />;
  if (results.isError) return <QueryError error={results.error} onRetry={() => void results.refetch()} />;
  if (results.data.length === 0) {
    return (
      <Text size="sm" c="dimmed" px="xs">
        No message you can see matches “{query.trim()}”.
      </Text>
    );
  }
  return (
    <Stack gap={4} role="list" aria-label="Search results">
      {results.data.map((result) => (
        <div key={result.id} role="listitem">
          <UnstyledButton
            w="100%"
            p="xs"
            style={{ borderRadius: 4, border: '1px solid var(--mantine-color-default-border)' }}
            onClick={() => onOpen(result.conversationId)}
          >
            <Text size="xs" c="dimmed">
              {result.conversationName} · {result.author.displayName} · {formatDateTime(result.createdAt)}
            </Text>
            {/* The snippet is plain text like the message itself. */}
            <Text size="sm" lineClamp={3}>
              {result.snippet || result.body}
            </Text>
          </UnstyledButton>
        </div>
      ))}
    </Stack>
  );
}
