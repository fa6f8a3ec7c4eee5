// The result of a gemeente's forecast: chart and table per year (costs, income per regeling, gap, cumulative gap), the
// advance against the expected definitive amount with the settlement month, the cash position and the sensitivity to
// the national count. Every amount opens its explanation (toelichting.js).
import { el, fillTable, formatCount, formatEuro, seriesColours } from './format.js';
import { figureButtons } from './toelichting.js';

const $ = id => document.getElementById(id);

export const schemeLabels = {
  'spuk-regulier': 'SPUK regulier',
  'spuk-onderwijsroute-2023': 'SPUK onderwijsroute (€35 mln)',
  'spuk-onderwijsroute-2022': 'SPUK centrumgemeenten (€24 mln)',
  'spuk-onderwijsroute-toeslag-2026': 'Toeslag 2026+',
  'gemeentefonds-uitvoering': 'Gemeentefonds',
};
const costLabels = { trajecten: 'Trajecten', b1Entree: 'B1-Entree', reiskosten: 'Reiskosten', overbrugging: 'Overbrugging' };
const incomeColours = ['#047857', '#34d399', '#065f46', '#6ee7b7', '#10b981'];
const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
export const monthName = m => months[m - 1] ?? String(m);

let chart = null;

function drawChart(forecast, naam, schemes) {
  const years = forecast.jaren.map(j => String(j.jaar));
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
      animation: false, maintainAspectRatio: false, responsive: true, locale: 'nl-NL',
      interaction: { mode: 'index', intersect: false },
      scales: { y: { ticks: { callback: v => formatEuro(v) } } },
      plugins: { tooltip: { callbacks: { label: c => `${c.dataset.label}: ${formatEuro(c.parsed.y)}` } } },
    },
  });
  $('gemeente-grafiek').setAttribute('aria-label', `Staafgrafiek van kosten en inkomsten per regeling en lijnen van het tekort en het cumulatieve tekort van ${naam}, ${years.length} jaren (${years[0]}–${years.at(-1)}); de tabel eronder geeft dezelfde cijfers.`);
  $('gemeente-grafiek').dataset.jaren = years.length;
}

/** A gap reads as a gap when positive and as a surplus ("overschot") when negative. */
export function gapText(v) { return v < 0 ? `overschot ${formatEuro(-v)}` : formatEuro(v); }

export function drawResult(forecast, naam) {
  const figure = figureButtons($('gemeente-toelichting'));
  const schemes = forecast.jaren[0].inkomsten.map(f => f.post)
    .filter(post => forecast.jaren.some(j => j.inkomsten.find(f => f.post === post).bedrag !== 0));
  const costs = forecast.jaren[0].kosten.map(f => f.post).filter(post => forecast.jaren.some(j => j.kosten.find(f => f.post === post).bedrag !== 0));
  drawChart(forecast, naam, schemes);

  fillTable($('gemeente-tabel'), `Prognose ${naam} per jaar (euro; klik op een bedrag voor de berekening)`,
    ['Jaar', ...costs.map(c => `Kosten: ${costLabels[c] ?? c}`), 'Kosten', ...schemes.map(s => schemeLabels[s] ?? s), 'Inkomsten', 'Tekort', 'Cumulatief tekort'],
    forecast.jaren.map(j => [String(j.jaar),
      ...costs.map(c => { const f = j.kosten.find(x => x.post === c); return figure(formatEuro(f.bedrag), `${costLabels[c] ?? c} ${j.jaar}`, f.toelichting); }),
      formatEuro(j.totaalKosten),
      ...schemes.map(s => { const f = j.inkomsten.find(x => x.post === s); return figure(formatEuro(f.bedrag), `${schemeLabels[s] ?? s} ${j.jaar}`, f.toelichting); }),
      formatEuro(j.totaalInkomsten),
      figure(gapText(j.tekort), `tekort ${j.jaar}`, j.toelichting),
      gapText(j.cumulatiefTekort)]));

  const settled = forecast.jaren.filter(j => j.verwachteVerrekening);
  $('verrekening-blok').hidden = settled.length === 0;
  fillTable($('verrekening-tabel'), 'Voorschot en verwacht definitief bedrag van de SPUK onderwijsroute (€35 mln), met de verrekening',
    ['Jaar', 'Voorschot', 'Verwacht definitief', 'Verrekening', 'Wanneer', 'Eigen aantal op 31 december', 'Landelijk aantal'],
    settled.map(j => {
      const v = j.verwachteVerrekening;
      const settlement = v.verschil < 0 ? `terugbetalen ${formatEuro(-v.verschil)}` : v.verschil > 0 ? `nabetaling ${formatEuro(v.verschil)}` : 'geen';
      return [String(j.jaar), figure(formatEuro(v.voorschot), `voorschot ${j.jaar}`, v.toelichting), figure(formatEuro(v.definitief), `verwacht definitief bedrag ${j.jaar}`, v.toelichting),
        settlement, `${monthName(v.betaalmaand)} ${v.betaaljaar}`, formatCount(v.eigenAantal), formatCount(v.landelijkAantal)];
    }));

  fillTable($('kas-tabel'), 'Kaspositie per jaar (stand van de onderwijsroute-gelden bij de gemeente)',
    ['Jaar', 'Begin', 'Ontvangen', 'Verrekening vorig jaar', 'Betaald', 'Laagste stand', 'Maand', 'Eind'],
    forecast.jaren.map(j => {
      const k = j.kasPositie;
      return [String(j.jaar), formatEuro(k.begin), formatEuro(k.ontvangen), formatEuro(k.verrekeningOntvangen), formatEuro(k.betaald),
        figure(formatEuro(k.laagste), `laagste stand ${j.jaar}`, k.toelichting), monthName(k.laagsteMaand), formatEuro(k.eind)];
    }));
  const lowest = forecast.jaren.reduce((low, j) => (j.kasPositie.laagste < low.kasPositie.laagste ? j : low), forecast.jaren[0]);
  $('kas-samenvatting').textContent = `Laagste stand aan het einde van een maand: ${formatEuro(lowest.kasPositie.laagste)} eind ${monthName(lowest.kasPositie.laagsteMaand)} ${lowest.jaar}.`;

  const sensitivity = forecast.gevoeligheid ?? [];
  $('gevoeligheid-blok').hidden = sensitivity.length === 0;
  const changes = sensitivity[0]?.varianten.map(v => v.wijzigingProcent) ?? [];
  fillTable($('gevoeligheid-tabel'), 'Tekort bij een ander landelijk aantal (SPUK onderwijsroute), en het aantal waarbij het tekort nul wordt',
    ['Jaar', 'Eigen aantal', 'Landelijk aantal', ...changes.map(c => `${c > 0 ? '+' : ''}${c}%`), 'Tekort nul bij'],
    sensitivity.map(s => [String(s.jaar), formatCount(s.eigenAantal), formatCount(s.landelijkAantal),
      ...s.varianten.map(v => gapText(v.tekort)),
      s.tekortNul.uitkomst === 'bereikt' ? `≤ ${formatCount(s.tekortNul.landelijkAantal)}` : s.tekortNul.uitkomst]));
  $('gevoeligheid-uitleg').textContent = sensitivity.map(s => `${s.jaar}: ${s.tekortNul.toelichting}`).join(' ');
}
