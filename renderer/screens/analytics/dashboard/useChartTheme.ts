import { useComputedColorScheme, useMantineTheme } from '@mantine/core';
import { useMemo } from 'react';

export interface ChartTheme {
  text: string;
  grid: string;
  surface: string;
  /** One colour per series or slice, in order. */
  palette: string[];
}

const HUES = ['indigo', 'teal', 'orange', 'grape', 'cyan', 'pink', 'lime', 'yellow', 'red', 'blue'] as const;

/** Chart colours that follow the light or dark scheme the app shows. */
export function useChartTheme(): ChartTheme {
  const theme = useMantineTheme();
  const scheme = useComputedColorScheme('light', { getInitialValueInEffect: false });
  return useMemo(() => {
    const dark = scheme === 'dark';
    return {
      text: dark ? theme.colors.dark[0]! : theme.colors.gray[8]!,
      grid: dark ? 'rgba(255, 255, 255, 0.12)' : 'rgba(0, 0, 0, 0.08)',
      surface: dark ? theme.colors.dark[7]! : theme.white,
      palette: HUES.map((hue) => theme.colors[hue]![dark ? 4 : 6]!),
    };
  }, [theme, scheme]);
}
