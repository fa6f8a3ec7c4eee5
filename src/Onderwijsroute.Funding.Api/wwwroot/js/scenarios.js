// Scenario's: national figures per year of up to five runs side by side, each with its P5–P95 band and P50 from an
// uncertainty analysis (10,000 draws by default, seed 2026) and a progress bar while they run; the number of
// gemeenten with a gap per year; a new scenario from an existing one; the stored runs and analyses; a CSV of the table.
import { apiKey, cached, json } from './api.js';
import { el, fillTable, formatCount, formatEuro, saveFile, seriesColours } from './format.js';
import { resultOf } from './scenario-analyse.js';
import { listStored } from './scenario-opgeslagen.js';
import { buildForm, fillBases } from './scenario-nieuw.js';

const $ = id => document.getElementById(id);
const maxRuns = 5;

const nationalFigures = {
  uitgavenRijkTotaal: 'Uitgaven Rijk (totaal)',
  tekortTotaal: 'Tekort van gemeenten (totaal)',
  kostenGemeenten: 'Kosten van gemeenten',
  inkomstenGemeenten: 'Inkomsten van gemeenten',
  saldo: 'Saldo gemeenten (kosten − inkomsten)',
  tekortPerDeelnemer: 'Tekort per deelnemer',
  deelnemersInstroom: 'Instroom deelnemers',
};

let ready = [];
let figureChart = null;
let gapChart = null;
let initialised = null;
let shown = null; // what the table shows, for the download

export function show() {
  initialised ??= init();
  return initialised.then(update);
}

function checkbox(value, naam, checked) {
  return el('label', { class: 'scenario-keuze' }, el('input', { type: 'checkbox', name: 'scenario', value, checked }), ` ${naam}`);
}

async function init() {
  // The ready scenarios come from the service's read-only page data (no key needed, nothing stored); scenarios that
  // users made come from the API, which lists them only to a ministerie key: without a key the page does not ask.
  ready = (await cached('data/kant-en-klare-doorrekeningen.json')).doorrekeningen;
  const own = apiKey()
    ? await json('v1/scenarios?paginaGrootte=100').then(l => l.scenarios.filter(s => !s.kantEnKlaar), () => [])
    : [];
  $('scenarios-lijst').replaceChildren(
    ...ready.map(r => checkbox(`kant-en-klaar:${r.scenarioId}`, r.scenarioNaam, true)),
    ...own.map(s => checkbox(`api:${s.id}`, s.naam, false)));
  // The page data's draws (10,000 unless the service is configured otherwise) are the default choice.
  const pageDraws = ready[0]?.trekkingen;
  if (pageDraws && ![...$('scenarios-trekkingen').options].some(o => Number(o.value) === pageDraws)) $('scenarios-trekkingen').append(el('option', { value: pageDraws }, formatCount(pageDraws)));
  if (pageDraws) $('scenarios-trekkingen').value = String(pageDraws);
  $('scenarios-kengetal').replaceChildren(...Object.entries(nationalFigures).map(([value, text]) => el('option', { value }, text)));
  $('scenarios-lijst').addEventListener('change', event => {
    if (document.querySelectorAll('input[name="scenario"]:checked').length > maxRuns) {
      event.target.checked = false;
      report(`Kies hoogstens ${maxRuns} doorrekeningen.`, true);
      return;
    }
    update();
  });
  $('scenarios-kengetal').addEventListener('change', update);
  $('scenarios-trekkingen').addEventListener('change', update);
  $('scenarios-download').addEventListener('click', download);
  $('nieuw-formulier').hidden = apiKey() === '';
  $('nieuw-zonder-sleutel').hidden = apiKey() !== '';
  fillBases([...ready.map(r => ({ id: r.scenarioId, naam: r.scenarioNaam })), ...own.map(s => ({ id: s.id, naam: s.naam }))]);
  buildForm(async created => {
    const boxes = [...document.querySelectorAll('input[name="scenario"]:checked')];
    if (boxes.length >= maxRuns) boxes.at(-1).checked = false;
    $('scenarios-lijst').append(checkbox(`api:${created.id}`, created.naam, true));
    fillBases([...[...document.querySelectorAll('input[name="scenario"]')].map(i => ({ id: i.value.slice(i.value.indexOf(':') + 1), naam: i.parentElement.textContent.trim() }))]);
    await update();
  });
}

function report(text, error = false) {
  $('scenarios-melding').textContent = text;
  $('scenarios-melding').classList.toggle('fout', error);
}

const figure = (year, name) => year.kengetallen.find(k => k.naam === name)?.waarde ?? null;
const band = (analysis, jaar, name) => analysis?.jaren.find(j => j.jaar === jaar)?.kengetallen.find(k => k.naam === name) ?? null;

async function update() {
  const ids = [...document.querySelectorAll('input[name="scenario"]:checked')].map(i => i.value);
  const draws = Number($('scenarios-trekkingen').value);
  let selected;
  try {
    report(ids.length ? `De doorrekeningen en onzekerheidsanalyses (${formatCount(draws)} trekkingen) worden berekend…` : 'Kies ten minste één doorrekening.');
    selected = await Promise.all(ids.map(id => resultOf(id, draws, ready)));
    report('');
  } catch (e) {
    report(e.status === 401 || e.status === 403
      ? `Dit vraagt een API-sleutel van het ministerie (onderaan de pagina; zonder sleutel rekent de pagina met ${formatCount(ready[0]?.trekkingen)} trekkingen). (${e.message})`
      : `De doorrekening is mislukt: ${e.message}`, true);
    return;
  }
  draw(selected, draws);
  await listStored();
}

function draw(selected, draws) {
  const name = $('scenarios-kengetal').value;
  const format = name === 'deelnemersInstroom' ? formatCount : formatEuro;
  const years = [...new Set(selected.flatMap(s => s.run.jaren.map(j => j.jaar)))].sort((a, b) => a - b);
  const valueIn = (s, y) => { const j = s.run.jaren.find(x => x.jaar === y); return j ? figure(j, name) : null; };

  const datasets = selected.flatMap((s, i) => {
    const colour = seriesColours[i % seriesColours.length];
    const naam = s.run.scenarioNaam;
    const line = { type: 'line', label: naam, data: years.map(y => valueIn(s, y)), borderColor: colour, backgroundColor: colour, pointRadius: 3, borderWidth: 2, fill: false };
    if (!s.analysis) return [line];
    const p5 = { type: 'line', label: `P5 ${naam}`, data: years.map(y => band(s.analysis, y, name)?.p5 ?? null), borderWidth: 0, pointRadius: 0, fill: false, isBand: true };
    const p95 = { type: 'line', label: `P5–P95 ${naam}`, data: years.map(y => band(s.analysis, y, name)?.p95 ?? null), borderWidth: 0, pointRadius: 0, backgroundColor: `${colour}33`, fill: '-1' };
    const p50 = { type: 'line', label: `P50 ${naam}`, data: years.map(y => band(s.analysis, y, name)?.p50 ?? null), borderColor: colour, borderDash: [4, 4], borderWidth: 1.5, pointRadius: 0, fill: false };
    return [p5, p95, p50, line];
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
  $('scenarios-grafiek').setAttribute('aria-label', `Lijngrafiek van ${nationalFigures[name].toLowerCase()} per jaar voor ${runNames.join(', ')}, met de mediaan (P50, gestippeld) en de band van P5 tot P95; de tabel ernaast geeft dezelfde cijfers.`);
  const drawsUsed = [...new Set(selected.map(s => s.analysis?.trekkingen).filter(Boolean))];
  $('scenarios-uitleg').textContent = `Per jaar het gekozen landelijke kengetal van elke doorrekening (doorgetrokken lijn); gestippeld de mediaan (P50) en als vlak de band van P5 tot P95 uit een onzekerheidsanalyse (Monte Carlo, ${drawsUsed.map(formatCount).join(' / ') || formatCount(draws)} trekkingen, seed 2026).`;
  shown = { name, years, selected };
  fillTable($('scenarios-tabel'), `${nationalFigures[name]} per jaar, met P50 en de band van P5 tot P95`, ['Jaar', ...runNames],
    years.map(y => [String(y), ...selected.map(s => {
      const b = band(s.analysis, y, name);
      return [format(valueIn(s, y)), ...(b ? [el('span', { class: 'band' }, `P50 ${format(b.p50)}`), el('span', { class: 'band' }, `P5–P95 ${format(b.p5)} – ${format(b.p95)}`)] : [])];
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

/** The table on screen as CSV (comma, point decimals): one row per run and year with the value, P5, P50 and P95. */
function download() {
  if (!shown) return;
  const quote = v => (v == null ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  const lines = [['scenario', 'kengetal', 'jaar', 'waarde', 'p5', 'p50', 'p95', 'trekkingen'].join(',')];
  for (const s of shown.selected) {
    for (const y of shown.years) {
      const j = s.run.jaren.find(x => x.jaar === y);
      const b = band(s.analysis, y, shown.name);
      lines.push([s.run.scenarioNaam, shown.name, y, j ? figure(j, shown.name) : null, b?.p5, b?.p50, b?.p95, s.analysis?.trekkingen].map(quote).join(','));
    }
  }
  saveFile(new Blob([lines.join('\r\n') + '\r\n'], { type: 'text/csv' }), `scenarios-${shown.name}.csv`);
}
