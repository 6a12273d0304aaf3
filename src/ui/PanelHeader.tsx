import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

/**
 * A tool panel's title and close button. The title takes focus when the
 * panel opens, so keyboard and screen-reader users land in it.
 */
export function PanelHeader({
  id,
  closeLabel,
  onClose,
  children,
}: {
  /** The heading's id, which the panel's aria-labelledby names. */
  id: string;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <header className="panel__header">
      <h2 id={id} ref={headingRef} tabIndex={-1}>
        {children}
      </h2>
      <button type="button" className="panel__close" aria-label={closeLabel} onClick={onClose}>
        ×
      </button>
    </header>
  );
}

/** A panel's keydown handler: Escape closes it from anywhere inside. */
export const closeOnEscape = (onClose: () => void) => (event: KeyboardEvent) => {
  if (event.key === 'Escape') onClose();
};
