/** The marks a chart can carry, each with the words the legend gives it. */
export type LegendItem =
  | 'change'
  | 'estimate'
  | 'interval'
  | 'limit'
  | 'breach'
  | 'window'
  | 'onset'
  | 'share'
  | 'rollback';

const SWATCHES: Record<
  LegendItem,
  { readonly shape: 'line' | 'area'; readonly className: string }
> = {
  change: { shape: 'line', className: 'series change' },
  estimate: { shape: 'line', className: 'series estimate' },
  interval: { shape: 'area', className: 'interval' },
  limit: { shape: 'line', className: 'series limit' },
  breach: { shape: 'area', className: 'breach-zone' },
  window: { shape: 'area', className: 'read-window-swatch' },
  onset: { shape: 'line', className: 'onset-swatch' },
  share: { shape: 'line', className: 'series share' },
  rollback: { shape: 'line', className: 'rollback-swatch' },
};

/** A legend in HTML beside the SVG: it wraps on a phone and its text is real text. */
export function ChartLegend({
  items,
}: {
  readonly items: readonly { readonly item: LegendItem; readonly text: string }[];
}) {
  return (
    <ul className="chart-legend">
      {items.map(({ item, text }) => {
        const swatch = SWATCHES[item];
        return (
          <li key={item}>
            <svg width="22" height="12" aria-hidden="true" focusable="false">
              {swatch.shape === 'line' ? (
                <line className={swatch.className} x1="1" x2="21" y1="6" y2="6" />
              ) : (
                <rect className={swatch.className} x="1" y="1" width="20" height="10" />
              )}
            </svg>
            {text}
          </li>
        );
      })}
    </ul>
  );
}
