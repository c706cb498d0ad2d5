import type { Metafile } from 'esbuild';

export function buildMain(outdir?: string): Promise<{ main: Metafile; worker: Metafile; preload: Metafile }>;
