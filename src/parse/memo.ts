/**
 * Answers about one line, remembered while one text is parsed: the locator, the
 * foot finder and the rules ask the same questions of the same lines. Every
 * remembered answer is forgotten before the next text, so memory stays bounded
 * by one text and no answer outlives it.
 */
const caches: Array<Map<string, unknown>> = [];
/** A text with more distinct lines than this starts forgetting early. */
const MAX_LINES = 20_000;

/**
 * Wrap a function of one line so that each line is computed once per text.
 * @param compute the function to remember
 */
export function rememberPerText<T>(compute: (line: string) => T): (line: string) => T {
  const seen = new Map<string, T>();
  caches.push(seen);
  return (line) => {
    let answer = seen.get(line);
    if (answer === undefined) {
      answer = compute(line);
      if (seen.size >= MAX_LINES) seen.clear();
      seen.set(line, answer);
    }
    return answer;
  };
}

/** Forget every remembered answer: called before each text is parsed. */
export function forgetTexts(): void {
  for (const cache of caches) cache.clear();
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
