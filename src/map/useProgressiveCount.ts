import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `total` layers may be drawn yet: none in the first render (the
 * map and the panels alone), then one more in each
 * later task. react-leaflet makes a layer's Leaflet objects and DOM as it
 * commits, so drawing every layer in the first render is one long task that
 * blocks the page (half a second on a phone); a layer per task keeps each
 * task short and lets the browser paint and answer input between them. Once
 * all are drawn the count stays there, so a layer switched on later is drawn
 * at once.
 */
export function useProgressiveCount(total: number): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (count >= total) return;
    // A new task (not a microtask), so the browser may paint and handle input first.
    const timer = setTimeout(() => startTransition(() => setCount((drawn) => drawn + 1)), 0);
    return () => clearTimeout(timer);
  }, [count, total]);
  return count;
}
