/**
 * One bar chart of the desk (docs/rectification.md "Office desk"): echarts' core with the bar
 * chart and the SVG renderer only, so the desk's chunk stays small and the SVG prints sharp.
 * Decorative for assistive technology: the table beside it carries the same figures.
 */
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

export interface ChartBar {
  readonly label: string;
  readonly value: number;
}

export function DeskChart({
  bars,
  horizontal = false,
  color = '#2f6fb5',
}: {
  bars: readonly ChartBar[];
  horizontal?: boolean;
  color?: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!host.current) return;
    const instance = echarts.init(host.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const labels = bars.map((b) => b.label);
    const category = {
      type: 'category' as const,
      data: horizontal ? [...labels].reverse() : labels,
    };
    const value = { type: 'value' as const, minInterval: 1 };
    const values = bars.map((b) => b.value);
    chart.current?.setOption(
      {
        animation: false,
        tooltip: { trigger: 'axis' },
        grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
        xAxis: horizontal ? value : { ...category, axisLabel: { interval: 0 } },
        yAxis: horizontal
          ? { ...category, axisLabel: { width: 160, overflow: 'truncate' } }
          : value,
        series: [
          {
            type: 'bar',
            data: horizontal ? [...values].reverse() : values,
            itemStyle: { color },
            label: { show: true, position: horizontal ? 'right' : 'top' },
          },
        ],
      },
      true,
    );
  }, [bars, horizontal, color]);

  return <div ref={host} className="desk-chart" aria-hidden="true" />;
}
