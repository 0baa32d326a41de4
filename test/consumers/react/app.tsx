// A React 19 app as a newsroom developer writes it: `import type {} from 'dj-widgets/react'` puts
// the dj-* elements into React's JSX. Type-checked (never run) by test/e2e/package.e2e.mjs.
import type {} from 'dj-widgets/react';
import type { DjSelectDetail } from 'dj-widgets';

export function App() {
  const rows = [{ label: '地区生产总值增长', target: '5%左右', actual: '5.2%' }];
  return (
    <main>
      <dj-targets
        data={rows}
        period="2024"
        as-of="2024-12-31"
        density="roomy"
        tolerance={0.05}
        eager
        ondj-select={(e) => {
          const detail: DjSelectDetail = e.detail;
          console.log(detail.label, detail.index.toFixed(0), detail.value ?? '—');
        }}
      />
      <dj-bar-chart orientation="vertical" sort="descending" decimals={1} source-url="https://www.stats.gov.cn/" />
      <dj-targets
        // @ts-expect-error density is 'compact' | 'roomy'
        density="huge"
      />
      <dj-bar-chart
        // @ts-expect-error decimals is a number
        decimals="two"
      />
      <dj-line-chart
        // @ts-expect-error no such attribute or property
        colour="red"
      />
      {/* @ts-expect-error the handler's detail must be DjSelectDetail */}
      <dj-waffle ondj-select={(e: CustomEvent<{ colour: string }>) => console.log(e.detail.colour)} />
    </main>
  );
}
