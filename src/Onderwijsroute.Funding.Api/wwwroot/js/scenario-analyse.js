// Runs and uncertainty analyses of the scenario view. A ready scenario's run comes from the page's read-only data;
// its band of the page data's draws too (10,000 by default; computed once per process, one scenario at a time). Any other number of draws, and every
// scenario a user made, goes through the API (a ministerie key): POST a run, POST an analysis, poll its progress.
import { cached, json } from './api.js';
import * as progress from './voortgang.js';

export const seed = 2026;
const results = new Map();

const delay = ms => new Promise(resolve => setTimeout(resolve, ms));

async function analyse(id, draws, key) {
  progress.begin(key);
  const started = await json(`v1/scenarios/${encodeURIComponent(id)}/onzekerheidsanalyses`, { method: 'POST', body: { trekkingen: draws, seed } });
  let status = started;
  for (let attempt = 0; status.status !== 'gereed'; attempt++) {
    if (['mislukt', 'geannuleerd', 'afgebroken'].includes(status.status) || attempt > 2400) throw new Error(`de onzekerheidsanalyse is ${status.status}${status.reden ? `: ${status.reden}` : ''}`);
    progress.report(key, (status.voortgang?.percentage ?? 0) / 100);
    await delay(250);
    status = await json(`v1/onzekerheidsanalyses/${status.id}`);
  }
  progress.finish(key);
  return json(status.resultaat.replace(/^\//, ''));
}

async function readyBand(run, key) {
  progress.begin(key);
  const bands = await cached(run.onzekerheid.replace(/^\//, ''));
  progress.finish(key);
  return bands;
}

/** The run and analysis of a choice ('kant-en-klaar:<naam>' or 'api:<id>') with the given number of draws. */
export function resultOf(value, draws, ready) {
  const key = `${value}|${draws}`;
  if (!results.has(key)) {
    const [kind, id] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
    const promise = (async () => {
      if (kind === 'kant-en-klaar') {
        const run = ready.find(r => r.scenarioId === id);
        const analysis = draws === run.trekkingen ? await readyBand(run, key) : await analyse(id, draws, key);
        return { run, analysis };
      }
      const run = await json(`v1/scenarios/${encodeURIComponent(id)}/doorrekeningen`, { method: 'POST' });
      const analysis = await analyse(id, draws, key);
      return { run, analysis };
    })();
    results.set(key, promise.catch(e => { results.delete(key); progress.finish(key); throw e; }));
  }
  return results.get(key);
}
