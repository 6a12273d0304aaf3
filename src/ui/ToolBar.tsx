/** The evidence tools, each a toggle button that says whether its view is open. */
export type ToolId = 'figures' | 'walk' | 'measure' | 'export';

const TOOLS: { id: ToolId; label: string; description: string }[] = [
  { id: 'figures', label: 'Figures', description: 'Every number the sources give, side by side' },
  { id: 'walk', label: 'Walk the route', description: 'The smuggling route, stop by stop' },
  { id: 'measure', label: 'Measure', description: 'Great-circle distance between two points' },
  { id: 'export', label: 'Export', description: 'Download what the map shows, with citations' },
];

/** The id a tool's button has, so a closing panel can hand focus back to it. */
export const toolButtonId = (id: ToolId) => `tool-${id}`;

export function ToolBar({
  active,
  unavailable,
  onToggle,
}: {
  active: ReadonlySet<ToolId>;
  /** Tools the corpus gives nothing to (no route to walk). */
  unavailable: ReadonlySet<ToolId>;
  onToggle: (id: ToolId) => void;
}) {
  return (
    <section className="tools" aria-labelledby="tools-title">
      <h2 id="tools-title">Tools</h2>
      <div className="tools__buttons">
        {TOOLS.map((tool) => (
          <button
            key={tool.id}
            id={toolButtonId(tool.id)}
            type="button"
            className="tools__button"
            aria-pressed={active.has(tool.id)}
            disabled={unavailable.has(tool.id)}
            title={tool.description}
            onClick={() => onToggle(tool.id)}
          >
            {tool.label}
          </button>
        ))}
      </div>
    </section>
  );
}
