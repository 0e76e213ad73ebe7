/**
 * `news-archive train --corpus DIR`: learn the line model from the training
 * split of the corpus's permissively licensed sources and write it to
 * `src/parse/model/line-model.json`.
 *
 * Labels come from the gold: a line is body when most of its 4-word shingles
 * are in the gold body (a short line: when it is a gold paragraph), and the
 * headline when it equals the gold headline.
 *
 * The body model has two stages: a logistic regression over each line's
 * signals, then boosted trees over the same signals and the first stage's odds
 * around the line. The trees learn from first-stage odds made out of fold (for
 * each of three folds of sites, by a first stage fitted on the other two), so
 * they meet odds as a new page gives them. The window decoder's settings are
 * chosen by the body F1 of the windows they give on the second stage's
 * out-of-fold odds, and the headline model is fitted on the candidates of
 * those windows, as it will meet them when parsing.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../diagnostics/errors.js';
import { bodyF1, pageCounts, shingleBag } from '../eval/body-f1.js';
import { bylineNames, creditedNames, normalise } from '../eval/normalise.js';
import type { Gold } from '../eval/score.js';
import { splitKey, splitOf } from '../eval/split.js';
import { BYLINE_FEATURE_COUNT, BYLINE_FEATURES, bylineCandidates, type BylineCandidate } from '../parse/byline-choice.js';
import { DATE_FEATURE_COUNT, DATE_FEATURES, dateCandidates } from '../parse/date-choice.js';
import { numericOrder, type NumericOrder } from '../parse/dates.js';
import { readFrontMatter } from '../parse/front-matter.js';
import { toUnits, type Unit } from '../parse/lines.js';
import { STACKED_FEATURE_COUNT, STACKED_FEATURES, best, contextRows, decode, headlineCandidates } from '../parse/locate.js';
import { END_FEATURE_COUNT, END_FEATURES, endCandidates, endRows } from '../parse/edge.js';
import { logOdds, type DecoderSettings, type LineModel, type Logistic, type Trees } from '../parse/model/index.js';
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
import { fitTrees, type TreeOptions } from './trees.js';

/** The sources whose licences let a model learned from them ship in an MIT project. */
export const PERMISSIVE_SOURCES = ['aeb', 'naeb', 'postlight', 'readability', 'trafilatura', 'wcxb'] as const;

/** Model file format. */
export const MODEL_VERSION = 1;

const LAMBDA = 1;
/** Folds of sites for the out-of-fold odds. */
const FOLDS = 3;
/** The second stage's trees, chosen by body_f1 on folds of the training split. */
const TREES: TreeOptions = { trees: 100, depth: 4, learningRate: 0.2, lambda: 1, minChildWeight: 1, bins: 64 };
const ITERATIONS = 25;
const LINE_COSTS = [0, 2, 6];
const DROP_BELOW = [-Infinity, -3, -1, 0];
/**
 * The share of the page's likeliest line's probability a line must reach to add to the run: fixed
 * at one half. 0.4 and 0.6 scored within a few hundredths of a point of body_f1 of it, so which won
 * turned on a few pages, and the choice flipped with any change to the training pages; 0.6 then
 * cut code-heavy posts down to one run between two blocks of code.
 */
const THRESHOLDS = [0.5];
const MERGE_SHARES = [0, 0.25, 0.125];
/** The edge model's regularisation, chosen on folds of sites. */
const END_LAMBDAS = [1, 10, 100];

export interface TrainOptions {
  corpus: string;
  /** Sources to learn from (default: the permissive ones). */
  sources?: readonly string[];
}

interface Page {
  file: string;
  /** The key the corpus is split by (the URL's host): pages of one site share it. */
  key: string;
  units: Unit[];
  matrix: LineMatrix;
  /** Gold body text, when the record has one. */
  gold: string | null;
  labels: Uint8Array | null;
  headline: string | null;
  /**
   * The gold byline's names (as the scorer compares them); null on a page of a source that
   * gives bylines where this page names none; undefined where the source does not say.
   */
  byline: string | null | undefined;
  /** The gold date (`YYYY-MM-DD`) where the page prints it, else null. */
  date: string | null;
  /** How the page writes numeric dates. */
  order: NumericOrder;
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
  const { pages, plain } = await trainingPages(options);

  // 1. The body model's first stage, and the settings its window is found with.
  const bodyPages = pages.filter((p) => p.labels !== null);
  const goldBags = new Map(bodyPages.map((p) => [p.file, shingleBag(p.gold!)]));
  const labelsOf = (from: readonly Page[]) =>
    concat(
      from.map((p) => p.labels!),
      (n) => new Uint8Array(n),
    );
  const labels = labelsOf(bodyPages);
  const fitFirst = (from: readonly Page[]) =>
    fitLogistic(LINE_FEATURES, floats(from.map((p) => p.matrix.rows)), labelsOf(from), {
      lambda: LAMBDA,
      iterations: ITERATIONS,
    });
  const body = fitFirst(bodyPages);
  const firstOdds = new Map(bodyPages.map((p) => [p.file, logOdds(body, p.matrix.rows, FEATURE_COUNT)]));
  const first = chooseDecoder(bodyPages, firstOdds, goldBags);

  // 2. The second stage learns from the first stage's odds as it meets them on pages it did not
  // learn from: each fold of sites gets the odds of a first stage fitted on the other folds.
  const outOfFold = crossFit(pages, bodyPages, fitFirst, (model, p) => logOdds(model, p.matrix.rows, FEATURE_COUNT));
  const context = new Map(pages.map((p) => [p.file, contextRows(p.units, p.matrix, outOfFold.get(p.file)!, first.decoder)]));
  const fitSecond = (from: readonly Page[]) =>
    fitTrees(STACKED_FEATURES, floats(from.map((p) => context.get(p.file)!)), labelsOf(from), TREES);
  // The decoder and the headline model are chosen on the second stage's out-of-fold odds too:
  // odds on the pages a model learned from are surer than any it gives a new page.
  const odds = crossFit(pages, bodyPages, fitSecond, (model, p) => logOdds(model, context.get(p.file)!, STACKED_FEATURE_COUNT));
  const second = fitSecond(bodyPages);
  const firstAccuracy = accuracy(floats(bodyPages.map((p) => outOfFold.get(p.file)!)), labels);
  const secondAccuracy = accuracy(floats(bodyPages.map((p) => odds.get(p.file)!)), labels);
  const { decoder, f1: bestF1, tried } = chooseDecoder(bodyPages, odds, goldBags);

  // 3. The edge model: which boundary near the window's end is the article's end.
  const ends = endChoices(bodyPages, odds, decoder);
  const endFit = chooseEndModel(ends);
  const end = endFit.model;
  const rateEnd = (rows: Float64Array) => logOdds(end, rows, END_FEATURE_COUNT);

  // 4. The headline model, on the candidates of the windows found.
  const headRows: Float64Array[] = [];
  const headLabels: Uint8Array[] = [];
  let headPages = 0;
  let reachable = 0;
  for (const p of pages) {
    if (p.headline === null) continue;
    headPages++;
    const w = decode(p.units, p.matrix, odds.get(p.file)!, decoder, null, rateEnd);
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
    if (scores.length > 0 && headLabels[k]![best(scores)] === 1) headCorrect++;
  });

  // 5. The byline model, on the credits near the windows found (headline chosen by its model).
  const rateHeadline = (rows: Float64Array) => logOdds(headline, rows, HEADLINE_FEATURE_COUNT);
  // Each page's window as the parser finds it, decoded once for the byline and the date models.
  const windows = new Map<string, ReturnType<typeof decode>>();
  const windowOf = (p: Page) => {
    let w = windows.get(p.file);
    if (!w) windows.set(p.file, (w = decode(p.units, p.matrix, odds.get(p.file)!, decoder, rateHeadline, rateEnd)));
    return w;
  };
  const credits: CandidateChoice[] = [];
  for (const p of pages) {
    if (p.byline === undefined) continue;
    const { candidates, rows } = bylineCandidates(p.units, odds.get(p.file)!, windowOf(p));
    const labels = Uint8Array.from(candidates, (c) => (p.byline !== null && creditKey(c) === p.byline ? 1 : 0));
    credits.push({ key: p.key, rows, labels, named: p.byline !== null });
  }
  if (!credits.some((c) => c.labels.includes(1))) {
    throw new UsageError(
      `${options.corpus}: no training page has its gold byline among the credits near its article; the byline model learns from pages whose gold names their author.`,
    );
  }
  const bylineFit = chooseChoiceModel(BYLINE_FEATURES, BYLINE_FEATURE_COUNT, credits);
  const named = credits.filter((c) => c.named);

  // 6. The date model, on the dates the page prints (window and headline as above).
  const dated: CandidateChoice[] = [];
  for (const p of pages) {
    if (p.date === null) continue;
    const { candidates, rows } = dateCandidates(p.units, odds.get(p.file)!, windowOf(p), p.order);
    dated.push({ key: p.key, rows, labels: Uint8Array.from(candidates, (c) => (c.iso === p.date ? 1 : 0)), named: true });
  }
  if (!dated.some((c) => c.labels.includes(1))) {
    throw new UsageError(
      `${options.corpus}: no training page has its gold date among the dates it prints; the date model learns from pages whose gold gives their date.`,
    );
  }
  const dateFit = chooseChoiceModel(DATE_FEATURES, DATE_FEATURE_COUNT, dated);

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
      bodyLines: labels.length,
      headlineCandidates: headLabels.reduce((a, l) => a + l.length, 0),
      bylineCandidates: credits.reduce((a, c) => a + c.labels.length, 0),
      dateCandidates: dated.reduce((a, c) => a + c.labels.length, 0),
    },
    body,
    headline,
    end,
    byline: bylineFit.model,
    date: dateFit.model,
    decoder: settings(decoder),
    context: { model: second, decoder: settings(first.decoder) },
  };
  const report = [
    `trained on ${pages.length} whole pages of the training split (${[...bySource].map(([s, n]) => `${s} ${n}`).join(', ')}); ${plain} plain-text files left out`,
    `body model: ${labels.length} lines (${labels.reduce((a, b) => a + b, 0)} body) from ${bodyPages.length} pages; line accuracy on sites it did not learn from (${FOLDS} folds of sites): first stage (logistic, ${LINE_FEATURES.length} features) ${(100 * firstAccuracy).toFixed(1)}%, second stage (${TREES.trees} trees of depth ${TREES.depth}, ${STACKED_FEATURES.length} features) ${(100 * secondAccuracy).toFixed(1)}%`,
    `first stage's window: ${describe(first.decoder)}; window body_f1 ${(100 * first.f1).toFixed(2)} (on the pages it learned from)`,
    `decoder: ${describe(decoder)}; window body_f1 ${(100 * bestF1).toFixed(2)} on sites the model did not learn from, the best of ${tried} settings tried`,
    `end model: ${END_FEATURES.length} features, lambda ${endFit.lambda} (the best of ${END_LAMBDAS.join(', ')} on ${FOLDS} folds of sites); the gold end among the candidates on ${ends.length} of ${bodyPages.length} pages; right on sites it did not learn from ${percent(endFit.right, ends.length)}, the decoder's own end ${percent(ends.filter((c) => c.right === 0).length, ends.length)}`,
    `headline model: ${HEADLINE_FEATURES.length} features, ${headPages} pages; gold among the candidates on ${reachable}; chosen right on ${headCorrect} (${((100 * headCorrect) / Math.max(1, headPages)).toFixed(1)}%)`,
    `byline model: ${bylineFit.name}, ${BYLINE_FEATURES.length} features, on ${FOLDS} folds of sites (${bylineFit.tried}); ${credits.length} pages (${named.length} with a gold byline, ${credits.length - named.length} of sources that give bylines without one); the gold among the candidates on ${named.filter((c) => c.labels.includes(1)).length}; chosen right on sites it did not learn from on ${bylineFit.right} (${percent(bylineFit.right, named.length)} of the pages with a gold byline)`,
    `date model: ${dateFit.name}, ${DATE_FEATURES.length} features, on ${FOLDS} folds of sites (${dateFit.tried}); ${dated.length} pages with a gold date they print; the gold among the candidates on ${dated.filter((c) => c.labels.includes(1)).length}; chosen right on sites it did not learn from on ${dateFit.right} (${percent(dateFit.right, dated.length)})`,
  ].join('\n');
  return { model, report };
}

/**
 * The training split's whole pages from the allowed sources, with their lines' signals and labels.
 * @param options the corpus folder and sources
 */
async function trainingPages(options: TrainOptions): Promise<{ pages: Page[]; plain: number }> {
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
  // A source that gives a byline for some pages says, by giving none, that a page has none.
  const givesBylines = new Set(
    [...golds.values()].filter((g) => g.gold_fields?.includes('byline')).map((g) => g.file.split('__')[0]!),
  );
  const read = await readSources([inputs], { cwd: inputs, maxFileSize: 5 * 1024 * 1024 });
  const pages: Page[] = [];
  let plain = 0;
  for (const source of [...read.sources].sort((a, b) => (a.relPath < b.relPath ? -1 : 1))) {
    const gold = golds.get(source.relPath);
    if (!gold) continue;
    forgetTexts();
    const fm = readFrontMatter(source.text, source.relPath);
    // The model learns from the lines as the browser printed them. The parser reads an old
    // layout's side-by-side columns one after another (columns.ts), which hands the model lines
    // of the kinds it knows; reading them so here as well changed 4 of the 1,070 training pages
    // and, through choices that are near ties (the decoder's settings, the end model's lambda),
    // moved pages with no columns at all, a post with code between its paragraphs among them.
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
      key: splitKey(typeof gold['url'] === 'string' ? gold['url'] : null, gold.file),
      units,
      matrix: lineMatrix(units),
      gold: goldText,
      labels: goldText === null ? null : bodyLabels(units, goldText, paragraphs as string[]),
      headline,
      byline: goldByline(gold, fields, givesBylines.has(source.relPath.split('__')[0]!)),
      date: goldDate(gold, fields),
      order: numericOrder(fm.body),
    });
  }
  return { pages, plain };
}

/** The gold date as the scorer compares it (its first ten characters), where the page prints one. */
function goldDate(gold: Gold, fields: ReadonlySet<string>): string | null {
  const date = gold['date'];
  if (!fields.has('date') || gold.gold_in_input?.['date'] === false || typeof date !== 'string') return null;
  return /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null;
}

/** The gold byline's names as the scorer compares them, null for none, undefined when unknown (see Page). */
function goldByline(gold: Gold, fields: ReadonlySet<string>, sourceGivesBylines: boolean): string | null | undefined {
  if (fields.has('byline')) {
    const byline = gold['byline'];
    return gold.gold_in_input?.['byline'] === false || typeof byline !== 'string'
      ? undefined
      : JSON.stringify(bylineNames(byline));
  }
  return sourceGivesBylines ? null : undefined;
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

/**
 * Each page's odds from a model fitted on the other folds' labelled pages.
 * @param pages the pages to give odds
 * @param labelled the pages models learn from
 * @param fit fits a model on some pages
 * @param predict a model's odds for one page
 */
function crossFit<M>(
  pages: readonly Page[],
  labelled: readonly Page[],
  fit: (from: readonly Page[]) => M,
  predict: (model: M, page: Page) => Float64Array,
): Map<string, Float64Array> {
  const out = new Map<string, Float64Array>();
  for (let k = 0; k < FOLDS; k++) {
    const model = fit(labelled.filter((p) => foldOf(p.key) !== k));
    for (const p of pages) if (foldOf(p.key) === k) out.set(p.file, predict(model, p));
  }
  return out;
}

function floats(parts: readonly Float64Array[]): Float64Array {
  return concat(parts, (n) => new Float64Array(n));
}

/** Which of the folds a site is in (the same site, the same fold, on every machine). */
function foldOf(key: string): number {
  return Number.parseInt(createHash('sha1').update(`fold:${key}`).digest('hex').slice(0, 8), 16) % FOLDS;
}

/**
 * The decoder settings whose windows score the highest body_f1 on these pages.
 * @param pages pages with a gold body
 * @param odds each page's body log-odds
 * @param bags each page's gold shingles
 */
function chooseDecoder(
  pages: readonly Page[],
  odds: ReadonlyMap<string, Float64Array>,
  bags: ReadonlyMap<string, ReadonlyMap<string, number>>,
): { decoder: DecoderSettings; f1: number; tried: number } {
  let decoder: DecoderSettings = {
    lineCost: LINE_COSTS[0]!,
    threshold: THRESHOLDS[0]!,
    mergeShare: 0,
    dropBelow: DROP_BELOW[0]!,
  };
  let bestF1 = -1;
  let tried = 0;
  for (const lineCost of LINE_COSTS)
    for (const threshold of THRESHOLDS)
      for (const mergeShare of MERGE_SHARES)
        for (const dropBelow of DROP_BELOW) {
          const settings = { lineCost, threshold, mergeShare, dropBelow };
          const counts = pages.map((p) => {
            const w = decode(p.units, p.matrix, odds.get(p.file)!, settings, null);
            const text = p.units
              .slice(w.start, w.end)
              .filter((_, k) => !w.skip.has(w.start + k))
              .map((u) => u.text)
              .join('\n');
            return pageCounts(text, bags.get(p.file)!);
          });
          const f1 = bodyF1(counts).f1;
          tried++;
          if (f1 > bestF1 + 1e-9) [bestF1, decoder] = [f1, settings];
        }
  return { decoder, f1: bestF1, tried };
}

interface EndChoice {
  key: string;
  rows: Float64Array;
  right: number;
}

/**
 * Each page's end candidates, with the one at the gold body's end: one past the
 * line that is the gold's last paragraph (the nearest such line to the window's
 * end), or, where no line is, one past the last line labelled body.
 * @param pages pages with a gold body
 * @param odds each page's body log-odds (out of fold)
 * @param decoder the window's settings
 */
function endChoices(pages: readonly Page[], odds: ReadonlyMap<string, Float64Array>, decoder: DecoderSettings): EndChoice[] {
  const out: EndChoice[] = [];
  for (const p of pages) {
    const z = odds.get(p.file)!;
    const w = decode(p.units, p.matrix, z, decoder, null);
    const lastGold = normalise(p.gold!.split('\n').at(-1) ?? '');
    let last = -1;
    p.units.forEach((u, i) => {
      if (normalise(u.text) === lastGold && (last === -1 || Math.abs(i + 1 - w.end) < Math.abs(last + 1 - w.end))) last = i;
    });
    if (last === -1) last = p.labels!.lastIndexOf(1);
    const candidates = endCandidates(p.units, w.start, w.end);
    const right = candidates.indexOf(last + 1);
    if (right !== -1) out.push({ key: p.key, rows: endRows(p.units, p.matrix, z, w.end, candidates), right });
  }
  return out;
}

/**
 * The edge model, its regularisation chosen by how often it picks the gold end on
 * folds of sites it did not learn from.
 * @param choices every page's end candidates
 */
function chooseEndModel(choices: readonly EndChoice[]): { model: Logistic; lambda: number; right: number } {
  const fit = (lambda: number, from: readonly EndChoice[]) => fitChoice(END_FEATURES, from, { lambda, iterations: ITERATIONS });
  const { option, right } = bestByFolds(
    END_LAMBDAS,
    choices,
    fit,
    (model, c) => best(logOdds(model, c.rows, END_FEATURE_COUNT)) === c.right,
  );
  return { model: fit(option, choices), lambda: option, right };
}

/**
 * Of several ways to fit a model, the one whose models, each fitted on two folds of
 * sites, are right most often on the third (the first, on a tie). With a margin, a
 * later way must be right on that many more items than the best before it: the
 * options then go from the simplest up, and a simpler model is kept unless a more
 * complex one is better by more than chance would make it.
 * @param options the ways to fit
 * @param items what the models learn from and are judged on, each with its site's key
 * @param fit fits a model one way on some items
 * @param right whether a model is right on an item
 * @param margin how many more items a later way must get right
 * @returns the best way, how many items its models got right, and each way's count
 */
function bestByFolds<O, C extends { key: string }, M>(
  options: readonly O[],
  items: readonly C[],
  fit: (option: O, from: readonly C[]) => M,
  right: (model: M, item: C) => boolean,
  margin = 0,
): { option: O; right: number; counts: number[] } {
  let chosen: O = options[0]!;
  let bestRight = -1;
  const counts: number[] = [];
  for (const option of options) {
    let count = 0;
    for (let k = 0; k < FOLDS; k++) {
      const model = fit(
        option,
        items.filter((c) => foldOf(c.key) !== k),
      );
      for (const c of items) if (foldOf(c.key) === k && right(model, c)) count++;
    }
    counts.push(count);
    if (bestRight < 0 || count > bestRight + margin) [chosen, bestRight] = [option, count];
  }
  return { option: chosen, right: bestRight, counts };
}

/** One page's candidates for a choice model (its credits, its dates) and which are the gold. */
interface CandidateChoice {
  key: string;
  rows: Float64Array;
  labels: Uint8Array;
  /** The page has a gold answer: a byline (a page of a source that gives bylines may have none), a date. */
  named: boolean;
}

/** A candidate's names as the scorer compares them. */
function creditKey(c: BylineCandidate): string {
  return JSON.stringify(creditedNames(c.authors, c.byline));
}

/** The choice models tried (byline, date): a logistic regression, or boosted trees. */
const CHOICE_MODELS: ReadonlyArray<{
  name: string;
  fit: (names: readonly string[], rows: Float64Array, labels: Uint8Array) => Logistic | Trees;
}> = [
  {
    name: 'logistic regression',
    fit: (names, rows, labels) => fitLogistic(names, rows, labels, { lambda: LAMBDA, iterations: ITERATIONS }),
  },
  {
    name: '100 trees of depth 3',
    fit: (names, rows, labels) =>
      fitTrees(names, rows, labels, {
        trees: 100,
        depth: 3,
        learningRate: 0.2,
        lambda: 1,
        minChildWeight: 1,
        bins: 32,
      }),
  },
];

/**
 * How much more often, as a share of the pages with a gold answer, the trees must pick
 * it than the logistic regression for the trees to be chosen: a difference of a few
 * pages in hundreds is within what the folds' draw of sites moves.
 */
const CHOICE_MARGIN = 0.01;

/**
 * The model that picks the gold candidate (a byline, a date) most often on folds of sites it did not learn from.
 * @param names the candidates' feature names
 * @param width their number
 * @param choices every page's candidates, with their labels
 */
function chooseChoiceModel(
  names: readonly string[],
  width: number,
  choices: readonly CandidateChoice[],
): { model: Logistic | Trees; name: string; right: number; tried: string } {
  const fit = (kind: (typeof CHOICE_MODELS)[number], from: readonly CandidateChoice[]) =>
    kind.fit(
      names,
      floats(from.map((c) => c.rows)),
      concat(
        from.map((c) => c.labels),
        (n) => new Uint8Array(n),
      ),
    );
  const margin = Math.ceil(CHOICE_MARGIN * choices.filter((c) => c.named).length);
  const { option, right, counts } = bestByFolds(
    CHOICE_MODELS,
    choices,
    fit,
    (model, c) => c.named && c.labels.length > 0 && c.labels[best(logOdds(model, c.rows, width))] === 1,
    margin,
  );
  const tried = `${CHOICE_MODELS.map((m, k) => `${m.name} ${counts[k]}`).join(', ')}; the trees must win by more than ${margin}`;
  return { model: fit(option, choices), name: option.name, right, tried };
}

/** `part` as a percentage of `whole`, to one decimal. */
function percent(part: number, whole: number): string {
  return `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;
}

/** Settings as the model file keeps them (no infinities in JSON). */
function settings(decoder: DecoderSettings): DecoderSettings {
  return { ...decoder, dropBelow: Number.isFinite(decoder.dropBelow) ? decoder.dropBelow : -1e9 };
}

function describe(d: DecoderSettings): string {
  return `line cost ${d.lineCost}, threshold ${d.threshold}, merge share ${d.mergeShare}, drop below ${d.dropBelow}`;
}

function accuracy(odds: Float64Array, labels: Uint8Array): number {
  let right = 0;
  for (let i = 0; i < labels.length; i++) if (odds[i]! > 0 === (labels[i] === 1)) right++;
  return right / Math.max(1, labels.length);
}
