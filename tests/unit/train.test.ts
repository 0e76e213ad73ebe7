import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { splitOf } from '../../src/eval/split.js';
import { BYLINE_FEATURES, chooseBylineByModel } from '../../src/parse/byline-choice.js';
import { DATE_FEATURES, chooseDateByModel } from '../../src/parse/date-choice.js';
import { toUnits } from '../../src/parse/lines.js';
import { bodyOdds, decode, STACKED_FEATURES } from '../../src/parse/locate.js';
import { logOdds } from '../../src/parse/model/index.js';
import { FEATURE_COUNT, HEADLINE_FEATURE_COUNT, lineMatrix } from '../../src/parse/signals.js';
import { train } from '../../src/train/run.js';

const AUTHORS = ['Ana Ruiz', 'Tom Berg', 'Ida Holm', 'Raj Mehta'];
const TOPICS = ['harbour', 'library', 'orchard', 'railway', 'market', 'bridge', 'school', 'theatre', 'museum', 'clinic'];

/** A whole page of our own: a menu, the article, a list of teasers and a foot. */
function page(n: number): { text: string; headline: string; body: string[]; author: string; date: string } {
  const topic = TOPICS[n % TOPICS.length]!;
  const author = AUTHORS[n % AUTHORS.length]!;
  const headline = `Town ${topic} reopens after a long winter of repairs ${n}`;
  const body = Array.from(
    { length: 5 + (n % 4) },
    (_, k) =>
      `The ${topic} opened its doors again on day ${k + 1}, and people who had waited since the autumn came back to see what the builders had done with the old place.`,
  );
  const text = [
    '  • Home',
    '  • News',
    '  • Sport',
    '  • Weather',
    '',
    'News',
    '',
    headline,
    '',
    `By ${author}`,
    `${(n % 27) + 1} March 2024`,
    '',
    ...body.flatMap((p) => [p, '']),
    'Most read',
    '',
    '  • Council votes on the new budget',
    '  • Rain expected for the weekend',
    'By Max Webb',
    `${(n % 27) + 2} April 2024`,
    '',
    '© 2024 Valley News. All rights reserved.',
    '',
  ].join('\n');
  const date = `2024-03-${String((n % 27) + 1).padStart(2, '0')}`;
  return { text, headline, body, author, date };
}

/** Hosts on the training side of the split, so that training sees them. */
function trainHosts(count: number): string[] {
  const hosts: string[] = [];
  for (let i = 0; hosts.length < count; i++)
    if (splitOf(`https://site${i}.example/`, '') === 'train') hosts.push(`site${i}.example`);
  return hosts;
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function corpus(extra: Array<{ file: string; text: string; gold: Record<string, unknown> }> = []): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'news-archive-train-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'inputs'));
  const lines: string[] = [];
  trainHosts(12).forEach((host, n) => {
    const p = page(n);
    const file = `${n % 2 ? 'wcxb' : 'naeb'}__page${n}.txt`;
    writeFileSync(path.join(dir, 'inputs', file), p.text);
    lines.push(
      JSON.stringify({
        file,
        url: `https://${host}/story/${n}`,
        headline: p.headline,
        byline: p.author,
        date: p.date,
        body_paragraphs: p.body,
        gold_fields: ['headline', 'byline', 'date', 'body_f1'],
        gold_in_input: { headline: true, byline: true, date: true },
      }),
    );
  });
  for (const e of extra) {
    writeFileSync(path.join(dir, 'inputs', e.file), e.text);
    lines.push(JSON.stringify({ file: e.file, ...e.gold }));
  }
  writeFileSync(path.join(dir, 'expected.jsonl'), lines.join('\n') + '\n');
  return dir;
}

describe('training the line model', () => {
  it('makes the same model, number for number, from the same corpus', async () => {
    const dir = corpus();
    const a = await train({ corpus: dir });
    const b = await train({ corpus: dir });
    expect(JSON.stringify(b.model)).toBe(JSON.stringify(a.model));
    expect(a.model.trainedOn['pages']).toBe(12);
    expect(a.report).toMatch(/trained on 12 whole pages/);
  });

  it('learns only from the permissive sources, and the model finds the article in a page it did not see', async () => {
    const base = await train({ corpus: corpus() });
    const other = page(40);
    // A research-only page on the training side of the split: it must still not be learned from.
    const host = trainHosts(13).at(-1)!;
    const withResearchOnly = await train({
      corpus: corpus([
        {
          file: 'l3s__unseen.txt',
          text: other.text,
          gold: { url: `https://${host}/`, headline: 'Wrong', body_paragraphs: ['Wrong'], gold_fields: ['body_f1'] },
        },
      ]),
    });
    expect(JSON.stringify(withResearchOnly.model)).toBe(JSON.stringify(base.model));

    const units = toUnits(other.text);
    const matrix = lineMatrix(units);
    const odds = bodyOdds(units, matrix, base.model);
    const window = decode(units, matrix, odds, base.model.decoder, null);
    expect(units.slice(window.start, window.end).map((u) => u.text)).toEqual(other.body);
    // The byline under the headline, not the teaser's under the list after the article.
    const located = decode(units, matrix, odds, base.model.decoder, (rows) =>
      logOdds(base.model.headline, rows, HEADLINE_FEATURE_COUNT),
    );
    expect(units[located.headline]?.text).toBe(other.headline);
    const pick = chooseBylineByModel(units, odds, located, base.model.byline);
    expect(pick?.byline.authors).toEqual([other.author]);
    // The date under the byline, not the teaser's under the list.
    expect(chooseDateByModel(units, odds, located, null, base.model.date)?.date.iso).toBe(other.date);
  });

  it('holds feature names and numbers only, no text of the corpus', async () => {
    const { model } = await train({ corpus: corpus() });
    const json = JSON.stringify(model);
    expect(json).not.toMatch(/reopens|harbour|Valley News/);
    expect(model.body.features).toHaveLength(FEATURE_COUNT);
    expect(model.context.model.features).toEqual(STACKED_FEATURES);
    expect(model.byline.features).toEqual(BYLINE_FEATURES);
    expect(model.date.features).toEqual(DATE_FEATURES);
  });
});
