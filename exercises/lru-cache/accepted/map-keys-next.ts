// accepted — the textbook JS LRU: a Map kept in recency order, evicting map.keys().next()
export type Op = ["get", number] | ["put", number, number];

export function lruCache(capacity: number, ops: Op[]): number[] {
  const cache = new Map<number, number>();
  const results: number[] = [];
  for (const op of ops) {
    if (op[0] === "get") {
      const key = op[1];
      if (!cache.has(key)) {
        results.push(-1);
        continue;
      }
      const value = cache.get(key)!;
      cache.delete(key);
      cache.set(key, value);
      results.push(value);
    } else {
      const [, key, value] = op;
      if (capacity === 0) continue;
      if (cache.has(key)) cache.delete(key);
      else if (cache.size >= capacity) cache.delete(cache.keys().next().value!);
      cache.set(key, value);
    }
  }
  return results;
}
