import type { ChartType, Plugin } from 'chart.js';

/**
 * Paints the card's colour under everything drawn: a canvas is transparent, and a saved image
 * would lose its background (dark-theme text on a white viewer).
 */
export function backdrop(color: string): Plugin<ChartType> {
  return {
    id: 'backdrop',
    beforeDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.globalCompositeOperation = 'destination-over';
      ctx.fillStyle = color;
      ctx.fillRect(0, 0, chart.width, chart.height);
      ctx.restore();
    },
  };
}
