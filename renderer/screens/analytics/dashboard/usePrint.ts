import { useComputedColorScheme, useMantineColorScheme } from '@mantine/core';

/**
 * Prints the page on light paper: charts paint their colours into their canvas, so in the dark
 * scheme they are redrawn light first, and the scheme comes back once the print dialog closes.
 */
export function usePrint(): () => void {
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light', { getInitialValueInEffect: false });
  return () => {
    if (scheme === 'light') {
      window.print();
      return;
    }
    setColorScheme('light');
    // Two frames: one for React to redraw the charts light, one for the browser to paint them.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        window.print();
        setColorScheme(scheme);
      }),
    );
  };
}
