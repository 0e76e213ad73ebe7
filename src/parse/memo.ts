/**
 * Answers about one line, remembered while one text is parsed: the locator, the
 * foot finder and the rules ask the same questions of the same lines. Every
 * remembered answer is forgotten before the next text, so memory stays bounded
 * by one text and no answer outlives it.
 */
/**
 * One table for all the remembered functions: a line is entered once per text, with a
 * slot for each function's answer, rather than once into a map of each function.
 */
const lines = new Map<string, unknown[]>();
/** How many functions are remembered: the slots of each line. */
let slots = 0;
/** A text with more distinct lines than this starts forgetting early. */
const MAX_LINES = 20_000;

/**
 * Wrap a function of one line so that each line is computed once per text.
 * @param compute the function to remember
 */
export function rememberPerText<T>(compute: (line: string) => T): (line: string) => T {
  const slot = slots++;
  return (line) => {
    let answers = lines.get(line);
    if (answers === undefined) {
      if (lines.size >= MAX_LINES) lines.clear();
      answers = new Array<unknown>(slots).fill(undefined);
      lines.set(line, answers);
    }
    let answer = answers[slot] as T | undefined;
    if (answer === undefined) {
      answer = compute(line);
      answers[slot] = answer;
    }
    return answer;
  };
}

/** Forget every remembered answer: called before each text is parsed. */
export function forgetTexts(): void {
  lines.clear();
}

/**
 * Wrap a function of one object (a unit of text) so that each object is computed
 * once; the answers go with the objects, so they need no forgetting.
 * @param compute the function to remember
 */
export function rememberPerUnit<K extends object, T>(compute: (key: K) => T): (key: K) => T {
  const seen = new WeakMap<K, T>();
  return (key) => {
    if (seen.has(key)) return seen.get(key)!;
    const answer = compute(key);
    seen.set(key, answer);
    return answer;
  };
}
