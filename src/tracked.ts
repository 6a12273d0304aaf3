/**
 * Marks a promise's outcome on the promise itself, the way React's `use`
 * reads it: a promise that has already settled is then read at once. Without
 * it `use` suspends at least once, and a fallback it commits holds the
 * content back for React's 300 ms reveal throttle.
 */
export function tracked<T>(promise: Promise<T>): Promise<T> {
  const thenable = promise as Promise<T> & { status?: string; value?: T; reason?: unknown };
  thenable.status = 'pending';
  thenable.then(
    (value) => {
      thenable.status = 'fulfilled';
      thenable.value = value;
    },
    (reason: unknown) => {
      thenable.status = 'rejected';
      thenable.reason = reason;
    },
  );
  return thenable;
}
