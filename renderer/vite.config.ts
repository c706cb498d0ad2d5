import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  // The config is loaded from the repository root (`--config renderer/vite.config.ts`).
  root: import.meta.dirname,
  // Relative asset URLs so the same build loads from file:// in Electron and from the loopback host.
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // One bundle read from the local disk (or loopback); splitting it would only add requests.
    chunkSizeWarningLimit: 1500,
  },
});
