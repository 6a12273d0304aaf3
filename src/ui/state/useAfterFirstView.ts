import { startTransition, useEffect, useState } from 'react';

/**
 * False for the first render, then true in a transition after the first
 * paint (a frame, then a task): the map shows before the sidebar's lists,
 * the notices and the timeline are built, so the first view is not one long
 * task (it would block a phone for a second).
 */
export function useAfterFirstView(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    let task: number | undefined;
    const frame = requestAnimationFrame(() => {
      task = window.setTimeout(() => startTransition(() => setAfter(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(task);
    };
  }, []);
  return after;
}
