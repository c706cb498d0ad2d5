import { Button, Center, Text } from '@mantine/core';

export interface LoadMoreProps {
  hasMore: boolean;
  loading: boolean;
  failed: boolean;
  onLoadMore: () => void;
  /** What the end of the whole list says; nothing when left out. */
  endLabel?: string;
}

/** The end of a keyset-paginated list: a button for the next page, or a quiet note that this is all. */
export function LoadMore({ hasMore, loading, failed, onLoadMore, endLabel }: LoadMoreProps) {
  if (!hasMore) {
    return endLabel ? (
      <Center py="sm">
        <Text size="sm" c="dimmed">
          {endLabel}
        </Text>
      </Center>
    ) : null;
  }
  return (
    <Center py="sm">
      {failed && (
        <Text size="sm" c="red" mr="sm">
          The next page could not be loaded.
        </Text>
      )}
      <Button variant="default" size="xs" loading={loading} onClick={onLoadMore}>
        {failed ? 'Try again' : 'Load more'}
      </Button>
    </Center>
  );
}
