/**
 * A function's results kept by key, up to a limit. A build draws brochures for hundreds of schools
 * that set, measure and wrap the same texts again and again; kept per worker, each is worked out
 * once. At the limit the memory starts afresh rather than growing without bound: recomputing the
 * few texts that recur after that costs less than tracking which were used last.
 */
export function memoize<Key, Value>(compute: (key: Key) => Value, limit = 100_000): (key: Key) => Value {
  const kept = new Map<Key, Value>();
  return (key) => {
    let value = kept.get(key);
    if (value === undefined) {
      value = compute(key);
      if (kept.size >= limit) kept.clear();
      kept.set(key, value);
    }
    return value;
  };
}
