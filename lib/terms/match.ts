// Multi-pattern matching in time linear in the text (Aho–Corasick): one pass finds every
// occurrence of every pattern; the caller keeps the leftmost-longest non-overlapping ones.

export type Pattern<T> = {
  text: string;
  value: T;
  /** Acronyms (THAAD, APEC) and names match by case; other words ignore it. */
  caseSensitive?: boolean;
};

export type Match<T> = { start: number; end: number; value: T };

type Node = { next: Map<string, number>; fail: number; out: number[]; dictLink: number };

function lower(text: string): string {
  const lowered = text.toLowerCase();
  // Keep offsets aligned: a few characters (İ) change length when lowered.
  return lowered.length === text.length
    ? lowered
    : [...text].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
}

export class Matcher<T> {
  private nodes: Node[] = [{ next: new Map(), fail: 0, out: [], dictLink: -1 }];
  private patterns: Pattern<T>[];

  constructor(patterns: Pattern<T>[]) {
    this.patterns = patterns.filter((p) => p.text.length > 0);
    this.patterns.forEach((pattern, index) => {
      let node = 0;
      for (const ch of lower(pattern.text)) {
        let child = this.nodes[node]!.next.get(ch);
        if (child === undefined) {
          child = this.nodes.push({ next: new Map(), fail: 0, out: [], dictLink: -1 }) - 1;
          this.nodes[node]!.next.set(ch, child);
        }
        node = child;
      }
      this.nodes[node]!.out.push(index);
    });
    // Breadth-first: failure links point to the longest proper suffix that is a prefix.
    const queue: number[] = [...this.nodes[0]!.next.values()];
    for (let head = 0; head < queue.length; head++) {
      const id = queue[head]!;
      const node = this.nodes[id]!;
      const fail = this.nodes[node.fail]!;
      node.dictLink = fail.out.length > 0 ? node.fail : fail.dictLink;
      for (const [ch, child] of node.next) {
        let f = node.fail;
        while (f !== 0 && !this.nodes[f]!.next.has(ch)) f = this.nodes[f]!.fail;
        const target = this.nodes[f]!.next.get(ch);
        this.nodes[child]!.fail = target !== undefined && target !== child ? target : 0;
        queue.push(child);
      }
    }
  }

  /** Every occurrence, overlapping ones included. */
  all(text: string): Match<T>[] {
    const matches: Match<T>[] = [];
    const chars = [...lower(text)];
    // Offsets are in UTF-16 code units, as JavaScript strings index them.
    let offset = 0;
    let node = 0;
    for (const ch of chars) {
      offset += ch.length;
      while (node !== 0 && !this.nodes[node]!.next.has(ch)) node = this.nodes[node]!.fail;
      node = this.nodes[node]!.next.get(ch) ?? 0;
      for (let n = node; n !== -1; n = this.nodes[n]!.dictLink) {
        for (const index of this.nodes[n]!.out) {
          const pattern = this.patterns[index]!;
          const start = offset - pattern.text.length;
          if (pattern.caseSensitive && text.slice(start, offset) !== pattern.text) continue;
          matches.push({ start, end: offset, value: pattern.value });
        }
        if (n === 0) break;
      }
    }
    return matches;
  }

  /**
   * The leftmost-longest matches that do not overlap and that `accept` allows (word
   * boundaries, say): the longest match wins where several start together.
   */
  find(text: string, accept: (m: Match<T>) => boolean = () => true): Match<T>[] {
    const candidates = this.all(text)
      .filter(accept)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const chosen: Match<T>[] = [];
    let end = 0;
    for (const m of candidates) {
      if (m.start >= end) {
        chosen.push(m);
        end = m.end;
      } else if (chosen.length > 0 && m.start === chosen.at(-1)!.start && m.end > end) {
        chosen[chosen.length - 1] = m;
        end = m.end;
      }
    }
    return chosen;
  }
}
