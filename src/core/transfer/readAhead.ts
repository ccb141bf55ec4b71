/**
 * Reads the next item while the current one is being handled, so a sequential upload (one chunk
 * in flight) overlaps reading the source with sending. Holds one item more: a pooled source needs
 * a pool of two. Leaving early does not wait for the pending read (the source's cleanup ends it).
 */
export async function* readAhead<T>(items: AsyncIterable<T>): AsyncGenerator<T> {
  const it = items[Symbol.asyncIterator]();
  let next = it.next();
  try {
    for (;;) {
      const current = await next;
      if (current.done) return;
      next = it.next();
      // Seen when awaited on the next turn; never an unhandled rejection if nobody comes back.
      next.catch(() => undefined);
      yield current.value;
    }
  } finally {
    void Promise.resolve(next)
      .then(() => it.return?.())
      .catch(() => undefined);
  }
}
