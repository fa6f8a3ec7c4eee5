// Gemeente: a forecast per year (POST /v1/prognoseberekeningen, stateless) as a chart with the table beside it, and the
// downloads of the same forecast as CSV, CSV for Dutch Excel and xlsx.
import { cached, json, request } from './api.js';
import { el, fillTable, formatEuro, seriesColours } from './format.js';

const $ = id => document.getElementById(id);

/** The README's forecast example (Groningen, 2024-2029); for another gemeente only the code changes. */
const exampleInput = code => ({
  gemeenteCode: code, vanJaar: 2024, totEnMetJaar: 2029,
  trajecten: [
    { startdatum: '2024-10-01', niveau: 'mbo4', contractvorm: 'gecontracteerd', prijs: 17000 },
    { startdatum: '2025-02-01', niveau: 'hbo-ntg', contractvorm: 'maatwerk' },
    { startdatum: '2025-09-01', niveau: 'mbo3', geboortedatum: '2008-06-15' },
  ],
  starters: [{ jaar: 2026, niveau: 'mbo4', aantal: 3 }],
  overbruggingskosten: [{ jaar: 2024, bedrag: 5000 }],
  landelijkAantal: [{ jaar: 2024, aantal: 1400 }],
});

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
  input = exampleInput(code);
  $('gemeente-invoer').value = JSON.stringify(input, null, 2);
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
