/**
 * `news-archive train --corpus DIR`: learn the line model from the training
 * split of the corpus's permissively licensed sources and write it to
 * `src/parse/model/line-model.json`.
 *
 * Labels come from the gold: a line is body when most of its 4-word shingles
 * are in the gold body (a short line: when it is a gold paragraph), and the
 * headline when it equals the gold headline. The body model is fitted first;
 * the decoder's two settings are chosen on the same pages by the body F1 of the
 * windows they give; the headline model is then fitted on the candidates of the
 * windows the body model finds, as it will meet them when parsing.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../diagnostics/errors.js';
import { bodyF1, pageCounts, shingleBag } from '../eval/body-f1.js';
import { normalise } from '../eval/normalise.js';
import type { Gold } from '../eval/score.js';
import { splitOf } from '../eval/split.js';
import { readFrontMatter } from '../parse/front-matter.js';
import { toUnits, type Unit } from '../parse/lines.js';
import { decode, headlineCandidates, type Decoder } from '../parse/locate.js';
import { logOdds, type LineModel } from '../parse/model/index.js';
import { headlineShaped, isWholePage } from '../parse/page.js';
import { forgetTexts } from '../parse/memo.js';
import {
  FEATURE_COUNT,
  HEADLINE_FEATURE_COUNT,
  HEADLINE_FEATURES,
  LINE_FEATURES,
  headlineRows,
  lineMatrix,
  type LineMatrix,
} from '../parse/signals.js';
import { readSources } from '../read/index.js';
import { fitChoice, fitLogistic } from './logistic.js';

/** The sources whose licences let a model learned from them ship in an MIT project. */
export const PERMISSIVE_SOURCES = ['aeb', 'naeb', 'postlight', 'readability', 'trafilatura', 'wcxb'] as const;

/** Model file format. */
export const MODEL_VERSION = 1;

const LAMBDA = 1;
const ITERATIONS = 25;
const LINE_COSTS = [0, 2, 6];
const DROP_BELOW = [-Infinity, -4, -3];
const THRESHOLDS = [0.4, 0.5, 0.6];
const MERGE_SHARES = [0, 0.25, 0.125];

export interface TrainOptions {
  corpus: string;
  /** Sources to learn from (default: the permissive ones). */
  sources?: readonly string[];
}

interface Page {
  file: string;
  units: Unit[];
  matrix: LineMatrix;
  /** Gold body text, when the record has one. */
  gold: string | null;
  labels: Uint8Array | null;
  headline: string | null;
}

export interface TrainResult {
  model: LineModel;
  report: string;
}

/**
 * Train the model.
 * @param options the corpus folder
 */
export async function train(options: TrainOptions): Promise<TrainResult> {
  const expectedFile = path.resolve(options.corpus, 'expected.jsonl');
  const inputs = path.resolve(options.corpus, 'inputs');
  if (!existsSync(expectedFile) || !existsSync(inputs)) {
    throw new UsageError(`${options.corpus} is not a corpus folder: it needs inputs/ and expected.jsonl.`);
  }
  const allowed = new Set(options.sources ?? PERMISSIVE_SOURCES);
  const golds = new Map<string, Gold>();
  for (const line of readFileSync(expectedFile, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const gold = JSON.parse(line) as Gold;
    const source = gold.file.split('__')[0]!;
    if (!allowed.has(source)) continue;
    if (splitOf(typeof gold['url'] === 'string' ? gold['url'] : null, gold.file) !== 'train') continue;
    golds.set(gold.file, gold);
  }
  const read = await readSources([inputs], { cwd: inputs, maxFileSize: 5 * 1024 * 1024 });
  const pages: Page[] = [];
  let plain = 0;
  for (const source of [...read.sources].sort((a, b) => (a.relPath < b.relPath ? -1 : 1))) {
    const gold = golds.get(source.relPath);
    if (!gold) continue;
    forgetTexts();
    const fm = readFrontMatter(source.text, source.relPath);
    const units = toUnits(fm.body, fm.bodyLineOffset);
    if (!isWholePage(units)) {
      plain++;
      continue;
    }
    const fields = new Set(gold.gold_fields ?? []);
    const paragraphs = gold['body_paragraphs'];
    const goldText = fields.has('body_f1') && Array.isArray(paragraphs) ? (paragraphs as string[]).join('\n') : null;
    const headline =
      fields.has('headline') && gold.gold_in_input?.['headline'] !== false && typeof gold['headline'] === 'string'
        ? normalise(gold['headline'])
        : null;
    pages.push({
      file: source.relPath,
      units,
      matrix: lineMatrix(units),
      gold: goldText,
      labels: goldText === null ? null : bodyLabels(units, goldText, paragraphs as string[]),
      headline,
    });
  }

  // 1. The body model.
  const bodyPages = pages.filter((p) => p.labels !== null);
  const bodyRows = concat(
    bodyPages.map((p) => p.matrix.rows),
    (n) => new Float64Array(n),
  );
  const bodyLabelsAll = concat(
    bodyPages.map((p) => p.labels!),
    (n) => new Uint8Array(n),
  );
  const body = fitLogistic(LINE_FEATURES, bodyRows, bodyLabelsAll, { lambda: LAMBDA, iterations: ITERATIONS });
  const odds = new Map(pages.map((p) => [p.file, logOdds(body, p.matrix.rows, FEATURE_COUNT)]));
  const lineAccuracy = accuracy(logOdds(body, bodyRows, FEATURE_COUNT), bodyLabelsAll);

  // 2. The decoder, by the body F1 of its windows on the same pages.
  let decoder: Decoder = { lineCost: LINE_COSTS[0]!, threshold: THRESHOLDS[0]!, mergeShare: 0, dropBelow: DROP_BELOW[0]! };
  let bestF1 = -1;
  const tried: string[] = [];
  for (const lineCost of LINE_COSTS) {
    for (const threshold of THRESHOLDS)
      for (const mergeShare of MERGE_SHARES)
        for (const dropBelow of DROP_BELOW) {
          const counts = bodyPages.map((p) => {
            const w = decode(p.units, p.matrix, odds.get(p.file)!, { lineCost, threshold, mergeShare, dropBelow }, null);
            const text = p.units
              .slice(w.start, w.end)
              .filter((_, k) => !w.skip.has(w.start + k))
              .map((u) => u.text)
              .join('\n');
            return pageCounts(text, p.gold!);
          });
          const f1 = bodyF1(counts).f1;
          tried.push(`${lineCost}/${threshold}/${mergeShare}/${dropBelow}: ${(100 * f1).toFixed(2)}`);
          if (f1 > bestF1 + 1e-9) [bestF1, decoder] = [f1, { lineCost, threshold, mergeShare, dropBelow }];
        }
  }

  // 3. The headline model, on the candidates of the windows found.
  const headRows: Float64Array[] = [];
  const headLabels: Uint8Array[] = [];
  let headPages = 0;
  let reachable = 0;
  for (const p of pages) {
    if (p.headline === null) continue;
    headPages++;
    const w = decode(p.units, p.matrix, odds.get(p.file)!, decoder, null);
    const candidates = headlineCandidates(p.units, w.start, w.end);
    const labels = Uint8Array.from(candidates, (j) => (normalise(p.units[j]!.text) === p.headline ? 1 : 0));
    if (labels.includes(1)) reachable++;
    headRows.push(
      headlineRows(p.units, p.matrix, odds.get(p.file)!, w.start, w.end, candidates, (i) => headlineShaped(p.units[i]!)),
    );
    headLabels.push(labels);
  }
  const choices = headRows.flatMap((rows, k) => {
    const right = headLabels[k]!.indexOf(1);
    return right === -1 ? [] : [{ rows, right }];
  });
  const headline = fitChoice(HEADLINE_FEATURES, choices, { lambda: LAMBDA, iterations: ITERATIONS });
  let headCorrect = 0;
  headRows.forEach((rows, k) => {
    const scores = logOdds(headline, rows, HEADLINE_FEATURE_COUNT);
    let best = -1;
    for (let c = 0; c < scores.length; c++) if (best === -1 || scores[c]! > scores[best]!) best = c;
    if (best !== -1 && headLabels[k]![best] === 1) headCorrect++;
  });

  const bySource = new Map<string, number>();
  for (const p of pages) {
    const source = p.file.split('__')[0]!;
    bySource.set(source, (bySource.get(source) ?? 0) + 1);
  }
  const model: LineModel = {
    version: MODEL_VERSION,
    trainedOn: {
      split: 'train',
      sources: Object.fromEntries([...bySource].sort()),
      pages: pages.length,
      bodyLines: bodyLabelsAll.length,
      headlineCandidates: headLabels.reduce((a, l) => a + l.length, 0),
    },
    body,
    headline,
    decoder: {
      lineCost: decoder.lineCost,
      threshold: decoder.threshold,
      mergeShare: decoder.mergeShare,
      dropBelow: Number.isFinite(decoder.dropBelow) ? decoder.dropBelow : -1e9,
    },
  };
  const report = [
    `trained on ${pages.length} whole pages of the training split (${[...bySource].map(([s, n]) => `${s} ${n}`).join(', ')}); ${plain} plain-text files left out`,
    `body model: ${LINE_FEATURES.length} features, ${bodyLabelsAll.length} lines (${bodyLabelsAll.reduce((a, b) => a + b, 0)} body) from ${bodyPages.length} pages; line accuracy ${(100 * lineAccuracy).toFixed(1)}%`,
    `decoder: line cost ${decoder.lineCost}, threshold ${decoder.threshold}, merge share ${decoder.mergeShare}, drop below ${decoder.dropBelow}; window body_f1 ${(100 * bestF1).toFixed(2)}, the best of ${tried.length} settings tried`,
    `headline model: ${HEADLINE_FEATURES.length} features, ${headPages} pages; gold among the candidates on ${reachable}; chosen right on ${headCorrect} (${((100 * headCorrect) / Math.max(1, headPages)).toFixed(1)}%)`,
  ].join('\n');
  return { model, report };
}

/**
 * Which lines of a page are body: most of a line's shingles are in the gold
 * body; a line too short for a shingle, when it is one of the gold paragraphs.
 * @param units the page's lines
 * @param gold the gold body, paragraphs joined by newlines
 * @param paragraphs the gold paragraphs
 */
export function bodyLabels(units: readonly Unit[], gold: string, paragraphs: readonly string[]): Uint8Array {
  const bag = shingleBag(gold);
  const whole = new Set(paragraphs.map(normalise));
  return Uint8Array.from(units, (u) => {
    const own = shingleBag(u.text);
    let total = 0;
    let shared = 0;
    for (const [s, c] of own) {
      total += c;
      shared += Math.min(c, bag.get(s) ?? 0);
    }
    if (total <= 1) return whole.has(normalise(u.text)) ? 1 : 0;
    return shared / total >= 0.5 ? 1 : 0;
  });
}

function concat<T extends Float64Array | Uint8Array>(parts: readonly T[], make: (length: number) => T): T {
  const out = make(parts.reduce((a, p) => a + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function accuracy(odds: Float64Array, labels: Uint8Array): number {
  let right = 0;
  for (let i = 0; i < labels.length; i++) if (odds[i]! > 0 === (labels[i] === 1)) right++;
  return right / Math.max(1, labels.length);
}
