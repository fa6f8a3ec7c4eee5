// Scenario's: national figures per year of up to five runs side by side, with the P5-P95 band of an uncertainty
// analysis (Monte Carlo, 200 draws, fixed seed), and the number of gemeenten with a gap per year.
import { apiKey, cached, json } from './api.js';
import { el, fillTable, formatCount, formatEuro, seriesColours } from './format.js';

const $ = id => document.getElementById(id);
const maxRuns = 5;
const analysisSettings = { trekkingen: 200, seed: 2026 };

const nationalFigures = {
  uitgavenRijkTotaal: 'Uitgaven Rijk (totaal)',
  tekortTotaal: 'Tekort van gemeenten (totaal)',
  kostenGemeenten: 'Kosten van gemeenten',
  inkomstenGemeenten: 'Inkomsten van gemeenten',
  saldo: 'Saldo gemeenten (kosten − inkomsten)',
  tekortPerDeelnemer: 'Tekort per deelnemer',
  deelnemersInstroom: 'Instroom deelnemers',
};

const results = new Map(); // 'kant-en-klaar:<naam>' or 'api:<id>' -> Promise<{ run, analysis }>
let scenarios = [];
let figureChart = null;
let gapChart = null;
let initialised = null;

export function show() {
  initialised ??= init();
  return initialised.then(update);
}

async function init() {
  // The ready scenarios come from the service's read-only page data (no key needed, nothing stored); scenarios that
  // users made come from the API, which lists them only to a ministerie key: without a key the page does not ask.
  const ready = await cached('data/kant-en-klare-doorrekeningen.json');
  const own = apiKey()
    ? await cached('v1/scenarios?paginaGrootte=100').then(l => l.scenarios.filter(s => !s.kantEnKlaar), () => [])
    : [];
  for (const r of ready.doorrekeningen) results.set(`kant-en-klaar:${r.scenarioId}`, Promise.resolve({ run: r, analysis: r.onzekerheid }));
  scenarios = [
    ...ready.doorrekeningen.map(r => ({ value: `kant-en-klaar:${r.scenarioId}`, naam: r.scenarioNaam, checked: true })),
    ...own.map(s => ({ value: `api:${s.id}`, naam: s.naam, checked: false })),
  ];
  $('scenarios-lijst').replaceChildren(...scenarios.map(s => el('label', { class: 'scenario-keuze' },
    el('input', { type: 'checkbox', name: 'scenario', value: s.value, checked: s.checked }), ` ${s.naam}`)));
  $('scenarios-kengetal').replaceChildren(...Object.entries(nationalFigures).map(([value, text]) => el('option', { value }, text)));
  $('scenarios-lijst').addEventListener('change', event => {
    const checked = [...document.querySelectorAll('input[name="scenario"]:checked')];
    if (checked.length > maxRuns) {
      event.target.checked = false;
      report(`Kies hoogstens ${maxRuns} doorrekeningen.`, true);
      return;
    }
    update();
  });
  $('scenarios-kengetal').addEventListener('change', update);
}

function report(text, error = false) {
  $('melding').textContent = text;
  $('melding').classList.toggle('fout', error);
}

const delay = ms => new Promise(resolve => setTimeout(resolve, ms));

async function analyse(id) {
  const started = await json(`v1/scenarios/${encodeURIComponent(id)}/onzekerheidsanalyses`, { method: 'POST', body: analysisSettings });
  let status = started;
  for (let attempt = 0; status.status !== 'gereed'; attempt++) {
    if (['mislukt', 'geannuleerd', 'afgebroken'].includes(status.status) || attempt > 600) return null;
    await delay(250);
    status = await json(`v1/onzekerheidsanalyses/${status.id}`);
  }
  return json(status.resultaat);
}

function resultOf(value) {
  if (!results.has(value)) {
    const id = value.slice('api:'.length);
    const promise = (async () => {
      const run = await json(`v1/scenarios/${encodeURIComponent(id)}/doorrekeningen`, { method: 'POST' });
      const analysis = await analyse(id).catch(() => null);
      return { run, analysis };
    })();
    results.set(value, promise.catch(e => { results.delete(value); throw e; }));
  }
  return results.get(value);
}

const figure = (year, name) => year.kengetallen.find(k => k.naam === name)?.waarde ?? null;
const band = (analysis, jaar, name) => analysis?.jaren.find(j => j.jaar === jaar)?.kengetallen.find(k => k.naam === name) ?? null;

async function update() {
  const ids = [...document.querySelectorAll('input[name="scenario"]:checked')].map(i => i.value);
  let selected;
  try {
    report(ids.length ? 'De doorrekeningen en onzekerheidsanalyses worden berekend…' : 'Kies ten minste één doorrekening.');
    selected = await Promise.all(ids.map(resultOf));
    report('');
  } catch (e) {
    report(e.status === 401 || e.status === 403
      ? `De scenario's vragen een API-sleutel: vul die onderaan de pagina in. (${e.message})`
      : `De doorrekening is mislukt: ${e.message}`, true);
    return;
  }
  const name = $('scenarios-kengetal').value;
  const isCount = name === 'deelnemersInstroom';
  const format = isCount ? formatCount : formatEuro;
  const years = [...new Set(selected.flatMap(s => s.run.jaren.map(j => j.jaar)))].sort((a, b) => a - b);
  const valueIn = (s, y) => { const j = s.run.jaren.find(x => x.jaar === y); return j ? figure(j, name) : null; };

  const datasets = selected.flatMap((s, i) => {
    const colour = seriesColours[i % seriesColours.length];
    const line = { type: 'line', label: s.run.scenarioNaam, data: years.map(y => valueIn(s, y)), borderColor: colour, backgroundColor: colour, pointRadius: 3, borderWidth: 2, fill: false };
    if (!s.analysis) return [line];
    const p5 = { type: 'line', label: `P5 ${s.run.scenarioNaam}`, data: years.map(y => band(s.analysis, y, name)?.p5 ?? null), borderWidth: 0, pointRadius: 0, fill: false, isBand: true };
    const p95 = { type: 'line', label: `P5–P95 ${s.run.scenarioNaam}`, data: years.map(y => band(s.analysis, y, name)?.p95 ?? null), borderWidth: 0, pointRadius: 0, backgroundColor: `${colour}33`, fill: '-1' };
    return [p5, p95, line];
  });
  figureChart?.destroy();
  figureChart = new Chart($('scenarios-grafiek'), {
    data: { labels: years.map(String), datasets },
    options: {
      animation: false, maintainAspectRatio: false, locale: 'nl-NL',
      interaction: { mode: 'index', intersect: false },
      scales: { y: { ticks: { callback: v => format(v) } } },
      plugins: {
        legend: { labels: { filter: item => !item.text.startsWith('P5 ') } },
        tooltip: { filter: item => !item.dataset.isBand, callbacks: { label: c => `${c.dataset.label}: ${format(c.parsed.y)}` } },
      },
    },
  });
  const runNames = selected.map(s => s.run.scenarioNaam);
  $('scenarios-grafiek').dataset.doorrekeningen = runNames.join('|');
  $('scenarios-grafiek').setAttribute('aria-label', `Lijngrafiek van ${nationalFigures[name].toLowerCase()} per jaar voor ${runNames.join(', ')}, met de band van P5 tot P95; de tabel ernaast geeft dezelfde cijfers.`);
  fillTable($('scenarios-tabel'), `${nationalFigures[name]} per jaar, met de band van P5 tot P95`, ['Jaar', ...runNames],
    years.map(y => [String(y), ...selected.map(s => {
      const b = band(s.analysis, y, name);
      return [format(valueIn(s, y)), b ? el('span', { class: 'band' }, `P5–P95: ${format(b.p5)} – ${format(b.p95)}`) : null];
    })]));

  const gapName = 'gemeentenMetTekort';
  gapChart?.destroy();
  gapChart = new Chart($('tekort-grafiek'), {
    type: 'bar',
    data: {
      labels: years.map(String),
      datasets: selected.map((s, i) => ({ label: s.run.scenarioNaam, data: years.map(y => { const j = s.run.jaren.find(x => x.jaar === y); return j ? figure(j, gapName) : null; }), backgroundColor: seriesColours[i % seriesColours.length] })),
    },
    options: { animation: false, maintainAspectRatio: false, locale: 'nl-NL', scales: { y: { suggestedMax: 342, title: { display: true, text: 'aantal gemeenten' } } } },
  });
  $('tekort-grafiek').setAttribute('aria-label', `Staafgrafiek van het aantal gemeenten met een tekort per jaar voor ${runNames.join(', ')}; de tabel ernaast geeft dezelfde cijfers.`);
  fillTable($('tekort-tabel'), 'Aantal gemeenten met een tekort (van 342)', ['Jaar', ...runNames],
    years.map(y => [String(y), ...selected.map(s => { const j = s.run.jaren.find(x => x.jaar === y); return formatCount(j ? figure(j, gapName) : null); })]));
}
