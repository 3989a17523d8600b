// The React page: its own pickers drive <mnh-practice-list>, and a chosen practice opens beside the list.
import { useState } from 'react';
import type { PracticeSelectEvent } from '@mnh/widgets';

const REGIONS = [
  ['africa', 'Africa'],
  ['americas', 'Americas'],
  ['asia', 'Asia'],
  ['europe', 'Europe'],
  ['oceania', 'Oceania'],
] as const;

const OBJECTIVES = [
  ['', 'Every objective'],
  ['5', '5 · Regular pathways'],
  ['6', '6 · Recruitment and decent work'],
  ['16', '16 · Inclusion and social cohesion'],
  ['20', '20 · Remittances'],
] as const;

export function App({ hub }: { hub: string }) {
  const [region, setRegion] = useState('africa');
  const [objective, setObjective] = useState('');
  const [chosen, setChosen] = useState<PracticeSelectEvent['detail'] | null>(null);

  // The page shows the practice itself, so the list's own dialog is cancelled.
  const choose = (event: PracticeSelectEvent) => {
    event.preventDefault();
    setChosen(event.detail);
  };

  return (
    <mnh-provider api={hub} lang="en">
      <header className="bar">
        <h1>Practice explorer</h1>
        <div className="pickers">
          <div className="picker">
            <label htmlFor="region">Region</label>
            <select id="region" value={region} onChange={(e) => setRegion(e.target.value)}>
              {REGIONS.map(([key, label]) => (
                <option key={key} value={key}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="picker">
            <label htmlFor="objective">GCM objective</label>
            <select id="objective" value={objective} onChange={(e) => setObjective(e.target.value)}>
              {OBJECTIVES.map(([key, label]) => (
                <option key={key} value={key}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        </div>
      </header>
      <main className="layout">
        <mnh-practice-list region={region} objective={objective} limit={8} layout="list" onmnh-select={choose} />
        <aside aria-label="Chosen practice" className="chosen">
          {chosen ? (
            <mnh-practice-detail practice={chosen.slug} />
          ) : (
            <p className="hint">Choose a practice to read it here.</p>
          )}
        </aside>
      </main>
    </mnh-provider>
  );
}
