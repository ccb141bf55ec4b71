/**
 * Runs `handle` over the items with at most `concurrency` in flight, pulling the next item only
 * when a slot frees up, so memory stays at about `concurrency` chunks. The first failure stops the
 * pulling; the items already in flight finish (or fail) before it is thrown.
 */
export async function forEachChunk<T>(
  items: AsyncIterable<T>,
  concurrency: number,
  handle: (item: T, index: number) => Promise<void>,
  /** Gives an item's buffer back (to a ChunkPool) once it is sent or has failed. */
  release: (item: T) => void = () => {},
): Promise<number> {
  const running = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  let index = 0;
  for await (const item of items) {
    if (failure) break;
    const n = index++;
    const task: Promise<void> = handle(item, n)
      .catch((error: unknown) => {
        failure ??= { error };
      })
      .finally(() => {
        release(item);
        running.delete(task);
      });
    running.add(task);
    if (running.size >= Math.max(1, concurrency)) await Promise.race(running);
    if (failure) break;
  }
  await Promise.all(running);
  if (failure) throw failure.error;
  return index;
}
