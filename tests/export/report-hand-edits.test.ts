import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/core/analyse';
import { buildCorrectionReport, reportHtml } from '../../src/core/export';
import { parsePage, readSample } from '../compare/helpers';

describe('a hand edit made after rejecting a suggestion', () => {
  const sample = readSample();
  const order = analyseText(sample).findings.find((f) => f.kind === 'reading-order');
  if (!order) throw new Error('the sample has no reading-order suggestion');
  const headline = sample.slice(order.start, order.end);
  // The editor rejects the reordering and mends the headline by hand in three places.
  const mended = headline
    .replace('思想', '思想的')
    .replace('指引下', '指引之下')
    .replace('新篇章', '新华章');
  const edited = sample.slice(0, order.start) + mended + sample.slice(order.end);

  it('is one hand edit (手工修改), not three reading-order fixes', () => {
    const report = buildCorrectionReport(sample, edited, { rejected: new Set([order.id]) });
    expect(report.map((c) => c.kind)).toEqual(['manual-edit']);
    const html = reportHtml(report, { title: '第一版' });
    const row = parsePage(html).all('tbody')[0].all('tr')[0];
    expect(row.all('td')[1].text).toBe('手工修改');
  });

  it('is not credited to a suggestion whose fix writes something else, rejected or not', () => {
    const report = buildCorrectionReport(sample, edited);
    expect(report.some((c) => c.kind === 'reading-order')).toBe(false);
  });
});
