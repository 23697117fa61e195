// accepted — the textbook hash map plus doubly linked list, with node objects and sentinels
export type Op = ["get", number] | ["put", number, number];

class Node {
  prev: Node = this;
  next: Node = this;
  constructor(public key: number, public value: number) {}
}

class LRUCache {
  private nodes = new Map<number, Node>();
  private head = new Node(-1, -1); // head.next is the most recent, head.prev the least recent

  constructor(private capacity: number) {}

  private unlink(n: Node): void {
    n.prev.next = n.next;
    n.next.prev = n.prev;
  }

  private pushFront(n: Node): void {
    n.next = this.head.next;
    n.prev = this.head;
    this.head.next.prev = n;
    this.head.next = n;
  }

  get(key: number): number {
    const n = this.nodes.get(key);
    if (!n) return -1;
    this.unlink(n);
    this.pushFront(n);
    return n.value;
  }

  put(key: number, value: number): void {
    if (this.capacity === 0) return;
    const n = this.nodes.get(key);
    if (n) {
      n.value = value;
      this.unlink(n);
      this.pushFront(n);
      return;
    }
    if (this.nodes.size >= this.capacity) {
      const lru = this.head.prev;
      this.unlink(lru);
      this.nodes.delete(lru.key);
    }
    const fresh = new Node(key, value);
    this.nodes.set(key, fresh);
    this.pushFront(fresh);
  }
}

export function lruCache(capacity: number, ops: Op[]): number[] {
  const cache = new LRUCache(capacity);
  const results: number[] = [];
  for (const op of ops) {
    if (op[0] === "get") results.push(cache.get(op[1]));
    else cache.put(op[1], op[2]);
  }
  return results;
}
