import { describe, expect, it } from 'vitest';
import { timeline } from '../../src/render/chart.js';

const counts = (dates: Array<string | null>) => timeline(dates)!.bars.map((b) => `${b.key}:${b.count}`);

describe('timeline', () => {
  it('counts articles per month on a continuous axis: an empty month is an empty slot', () => {
    expect(counts(['2024-01-05', '2024-01-20', '2024-04-02T09:30:00Z', '2024-04-30'])).toEqual([
      '2024-01:2',
      '2024-02:0',
      '2024-03:0',
      '2024-04:2',
    ]);
  });

  it('crosses the year and labels the axis with each year where it starts', () => {
    const chart = timeline(['2023-11-01', '2024-02-01'])!;
    expect(chart.bars.map((b) => b.key)).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(chart.ticks.map((t) => t.label)).toEqual(['2023', '2024']);
  });

  it('counts per year when the dates span more than five years', () => {
    const chart = timeline(['2015-06-01', '2015-07-01', '2021-01-01'])!;
    expect(chart.unit).toBe('year');
    expect(counts(['2015-06-01', '2015-07-01', '2021-01-01'])).toEqual([
      '2015:2',
      '2016:0',
      '2017:0',
      '2018:0',
      '2019:0',
      '2020:0',
      '2021:1',
    ]);
    expect(timeline(['2019-01-01', '2023-12-31'])!.unit).toBe('month');
  });

  it('leaves undated articles off the axis, counts them apart, and says so', () => {
    const chart = timeline(['2024-03-01', null, null])!;
    expect(chart.dated).toBe(1);
    expect(chart.undated).toBe(2);
    expect(chart.description).toBe(
      'Articles per month from March 2024 to March 2024: 1 dated, 2 undated and not shown; the most in one month is 1, in March 2024.',
    );
    expect(timeline([null, null])).toBeNull();
  });

  it('draws bars in proportion to their counts, none for an empty slot, inside the box', () => {
    const chart = timeline(['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04', '2024-03-01'])!;
    const [jan, feb, mar] = chart.bars;
    expect(feb!.height).toBe(0);
    expect(jan!.height).toBeGreaterThan(mar!.height * 3.5);
    for (const bar of chart.bars) {
      expect(bar.y + bar.height).toBeCloseTo(chart.axisY, 5);
      expect(bar.x + bar.width).toBeLessThanOrEqual(chart.width);
    }
  });
});
