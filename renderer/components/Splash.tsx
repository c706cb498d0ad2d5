import { Center, Loader } from '@mantine/core';

export function Splash() {
  return (
    <Center h="100dvh">
      <Loader aria-label="Loading Backroom" />
    </Center>
  );
}
