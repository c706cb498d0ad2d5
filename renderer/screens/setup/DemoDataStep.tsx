import { Button, Stack, Text } from '@mantine/core';
import { DemoDataLoader } from '../../components/DemoDataLoader';

/** Second step of the first run: fill the new store with demo data to explore, or start with nothing. */
export function DemoDataStep({ onDone }: { onDone: () => void }) {
  return (
    <Stack gap="md">
      <Text>
        Demo data fills the store with products, categories, customers and orders so you can try every screen. Start
        empty to enter your own data instead.
      </Text>
      <DemoDataLoader onLoaded={onDone}>
        {(disabled) => (
          <Button variant="default" onClick={onDone} disabled={disabled}>
            Start empty
          </Button>
        )}
      </DemoDataLoader>
    </Stack>
  );
}
