// Gemeente: a forecast per year (POST /v1/prognoseberekeningen, stateless) as a chart with the table beside it, and the
// downloads of the same forecast as CSV, CSV for Dutch Excel and xlsx.
import { cached, json, request } from './api.js';
import { el, fillTable, formatEuro, seriesColours } from './format.js';

const $ = id => document.getElementById(id);

const firstYear = 2024;
const lastYear = 2029;

/**
 * The gemeente's own starting point (GET /v1/gemeenten/{code}/startpunt): its part of the national projection as
 * starters with their housing year, those housed within the forecast's years. The forecast is the same as one without
 * participants; the form shows them so that a user can replace them with the gemeente's own numbers.
 */
async function startingInput(code) {
  const point = await cached(`v1/gemeenten/${code}/startpunt`);
  return {
    gemeenteCode: code, vanJaar: firstYear, totEnMetJaar: lastYear,
    starters: point.starters.filter(s => s.huisvestingsjaar <= lastYear),
  };
}

/** JSON with one starter group per line, so that the form stays readable. */
function formatInput(value) {
  const { starters = [], ...rest } = value;
  const head = JSON.stringify(rest, null, 2).replace(/\n}$/, '');
  const lines = starters.map(s => `    ${JSON.stringify(s)}`).join(',\n');
  return `${head},\n  "starters": [\n${lines}\n  ]\n}`;
}

const schemeLabels = {
  'spuk-regulier': 'SPUK regulier',
  'spuk-onderwijsroute-2023': 'SPUK onderwijsroute (€35 mln)',
  'spuk-onderwijsroute-2022': 'SPUK centrumgemeenten (€24 mln)',
  'spuk-onderwijsroute-toeslag-2026': 'Toeslag 2026+',
  'gemeentefonds-uitvoering': 'Gemeentefonds',
};
const incomeColours = ['#047857', '#34d399', '#065f46', '#6ee7b7', '#10b981'];

let chart = null;
let names = new Map();
let input = null;
let initialised = null;

export async function show(code) {
  initialised ??= init();
  await initialised;
  if (!names.has(code)) code = 'GM0014';
  $('gemeente-kies').value = code;
  input = await startingInput(code);
  $('gemeente-invoer').value = formatInput(input);
  await calculate();
}

async function init() {
  const list = await cached('v1/gemeenten');
  names = new Map(list.gemeenten.map(g => [g.code, g.naam]));
  $('gemeente-kies').replaceChildren(...[...list.gemeenten].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'))
    .map(g => el('option', { value: g.code }, `${g.naam} (${g.code})`)));
  $('gemeente-kies').addEventListener('change', () => { location.hash = `#gemeente/${$('gemeente-kies').value}`; });
  $('gemeente-bereken').addEventListener('click', async () => {
    try { input = JSON.parse($('gemeente-invoer').value); } catch (e) { report(`De invoer is geen geldige JSON: ${e.message}`); return; }
    await calculate();
  });
  for (const button of document.querySelectorAll('.downloads button')) button.addEventListener('click', () => download(button.dataset.formaat));
}

function report(text) {
  $('melding').textContent = text;
  $('melding').classList.toggle('fout', text !== '');
}

async function calculate() {
  let forecast;
  try {
    forecast = await json('v1/prognoseberekeningen', { method: 'POST', body: input });
  } catch (e) {
    report(`De prognose is mislukt: ${e.message}${e.problem?.errors ? ' ' + Object.entries(e.problem.errors).map(([k, v]) => `${k}: ${v.join(' ')}`).join('; ') : ''}`);
    return;
  }
  report('');
  const naam = names.get(forecast.gemeenteCode) ?? forecast.naam ?? forecast.gemeenteCode;
  $('gemeente-titel').textContent = `Prognose van ${naam} (${forecast.gemeenteCode}), ${forecast.vanJaar}–${forecast.totEnMetJaar}`;
  document.querySelector('a[data-view="gemeente"]').setAttribute('href', `#gemeente/${forecast.gemeenteCode}`);
  draw(forecast, naam);
}

function draw(forecast, naam) {
  const years = forecast.jaren.map(j => String(j.jaar));
  const schemes = forecast.jaren[0].inkomsten.map(f => f.post)
    .filter(post => forecast.jaren.some(j => j.inkomsten.find(f => f.post === post).bedrag !== 0));
  const datasets = [
    { type: 'bar', label: 'Kosten', data: forecast.jaren.map(j => j.totaalKosten), backgroundColor: '#c2410c', stack: 'kosten', order: 2 },
    ...schemes.map((post, i) => ({
      type: 'bar', label: `Inkomsten: ${schemeLabels[post] ?? post}`, stack: 'inkomsten', order: 2,
      data: forecast.jaren.map(j => j.inkomsten.find(f => f.post === post).bedrag), backgroundColor: incomeColours[i % incomeColours.length],
    })),
    { type: 'line', label: 'Tekort', data: forecast.jaren.map(j => j.tekort), borderColor: seriesColours[0], backgroundColor: seriesColours[0], order: 1, pointRadius: 4 },
    { type: 'line', label: 'Cumulatief tekort', data: forecast.jaren.map(j => j.cumulatiefTekort), borderColor: seriesColours[3], backgroundColor: seriesColours[3], borderDash: [6, 4], order: 1, pointRadius: 4, pointStyle: 'rectRot' },
  ];
  chart?.destroy();
  chart = new Chart($('gemeente-grafiek'), {
    data: { labels: years, datasets },
    options: {
      animation: false, maintainAspectRatio: false, locale: 'nl-NL',
      interaction: { mode: 'index', intersect: false },
      scales: { y: { ticks: { callback: v => formatEuro(v) } } },
      plugins: { tooltip: { callbacks: { label: c => `${c.dataset.label}: ${formatEuro(c.parsed.y)}` } } },
    },
  });
  $('gemeente-grafiek').setAttribute('aria-label', `Staafgrafiek van kosten en inkomsten per regeling en lijnen van het tekort en het cumulatieve tekort van ${naam}, ${years.length} jaren (${years[0]}–${years.at(-1)}); de tabel ernaast geeft dezelfde cijfers.`);
  $('gemeente-grafiek').dataset.jaren = years.length;
  fillTable($('gemeente-tabel'), `Prognose ${naam} per jaar (euro)`,
    ['Jaar', 'Kosten', ...schemes.map(s => schemeLabels[s] ?? s), 'Inkomsten', 'Tekort', 'Cumulatief tekort'],
    forecast.jaren.map(j => [String(j.jaar), formatEuro(j.totaalKosten), ...schemes.map(s => formatEuro(j.inkomsten.find(f => f.post === s).bedrag)),
      formatEuro(j.totaalInkomsten), formatEuro(j.tekort), formatEuro(j.cumulatiefTekort)]));
}

const extensions = { csv: 'csv', 'csv-excel': 'csv', xlsx: 'xlsx' };

async function download(format) {
  try {
    const response = await request(`v1/prognoseberekeningen?formaat=${format}`, { method: 'POST', body: input, accept: '*/*' });
    const blob = await response.blob();
    const link = el('a', { href: URL.createObjectURL(blob), download: `prognose-${input.gemeenteCode ?? 'gemeente'}${format === 'csv-excel' ? '-excel' : ''}.${extensions[format]}` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  } catch (e) {
    report(`De download is mislukt: ${e.message}`);
  }
}
