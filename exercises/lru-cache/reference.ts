export type Op = ["get", number] | ["put", number, number];

// A hash map from key to slot plus a doubly linked list of slots in recency order,
// both in flat typed arrays: every operation is O(1).
export function lruCache(capacity: number, ops: Op[]): number[] {
  const results: number[] = [];
  if (capacity <= 0) {
    for (const op of ops) if (op[0] === "get") results.push(-1);
    return results;
  }
  const slotOf = new Map<number, number>();
  const keys = new Float64Array(capacity);
  const values = new Float64Array(capacity);
  const prev = new Int32Array(capacity);
  const next = new Int32Array(capacity);
  let head = -1; // most recently used
  let tail = -1; // least recently used
  let used = 0;

  const unlink = (s: number) => {
    const p = prev[s]!, q = next[s]!;
    if (p >= 0) next[p] = q; else head = q;
    if (q >= 0) prev[q] = p; else tail = p;
  };
  const pushFront = (s: number) => {
    prev[s] = -1;
    next[s] = head;
    if (head >= 0) prev[head] = s;
    head = s;
    if (tail < 0) tail = s;
  };

  for (const op of ops) {
    const key = op[1];
    const s = slotOf.get(key);
    if (op[0] === "get") {
      if (s === undefined) {
        results.push(-1);
      } else {
        if (s !== head) { unlink(s); pushFront(s); }
        results.push(values[s]!);
      }
      continue;
    }
    const value = op[2];
    if (s !== undefined) {
      values[s] = value;
      if (s !== head) { unlink(s); pushFront(s); }
      continue;
    }
    let slot: number;
    if (used < capacity) {
      slot = used++;
    } else {
      slot = tail;
      unlink(slot);
      slotOf.delete(keys[slot]!);
    }
    keys[slot] = key;
    values[slot] = value;
    slotOf.set(key, slot);
    pushFront(slot);
  }
  return results;
}
