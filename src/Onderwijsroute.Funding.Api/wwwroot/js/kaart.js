// Kaart: the 342 gemeenten coloured by a figure of a calculation or scenario run, and the onderwijsroute offer per
// arbeidsmarktregio. Shapes are SVG paths projected with d3-geo; each gemeente is a link (focusable, Enter opens it).
import { cached, json } from './api.js';
import { el, fillTable, formatCount, formatEuro, formatEuroPerInhabitant } from './format.js';

const svgNs = 'http://www.w3.org/2000/svg';
const width = 600;
const height = 720;
const inhabitantsDate = '2024-01-01';

const figures = {
  voorschot: 'Voorschot',
  vastgesteld: 'Vastgesteld bedrag',
  verschil: 'Verschil (vastgesteld − voorschot)',
  tekort: 'Tekort (kosten − inkomsten)',
  kosten: 'Kosten',
  inkomsten: 'Inkomsten',
};

let readyScenarios = [];
let initialised = null;
let municipalities = new Map(); // code -> { code, naam, arbeidsmarktregioCode, inwoners }
let current = { values: new Map(), figures: [], label: '' };

const $ = id => document.getElementById(id);

export function show() {
  initialised ??= init();
  return initialised;
}

async function init() {
  const [geo, list, regionGeo, regions, scenarios] = await Promise.all([
    cached('data/gemeenten-2023.geojson'),
    cached('v1/gemeenten'),
    cached('data/arbeidsmarktregios-2023.geojson'),
    cached('v1/arbeidsmarktregios'),
    cached('data/kant-en-klare-doorrekeningen.json').catch(() => ({ doorrekeningen: [] })),
  ]);
  for (const g of list.gemeenten) {
    const inhabitants = g.inwoners.find(i => i.peildatum === inhabitantsDate)?.aantal ?? null;
    municipalities.set(g.code, { code: g.code, naam: g.naam, arbeidsmarktregioCode: g.arbeidsmarktregioCode, inwoners: inhabitants });
  }
  readyScenarios = scenarios.doorrekeningen;
  fillCalculationChoice();
  drawMunicipalities(rewind(geo));
  drawOffer(rewind(regionGeo), regions.arbeidsmarktregios);

  $('kaart-berekening').addEventListener('change', () => { fillFigureChoice(); update(); });
  $('kaart-jaar').addEventListener('change', update);
  $('kaart-kengetal').addEventListener('change', () => paint());
  for (const radio of document.querySelectorAll('input[name="kaart-schaal"]')) radio.addEventListener('change', () => paint());
  document.querySelector('.skip-lokaal').addEventListener('click', event => {
    event.preventDefault();
    const details = $('kaart-tabel-titel').parentElement;
    details.open = true;
    $('kaart-tabel-titel').focus();
  });
  await update();
}

/** RFC 7946 puts exterior rings counter-clockwise; d3-geo (spherical) wants them clockwise. Reverse every ring. */
function rewind(collection) {
  for (const feature of collection.features) {
    const g = feature.geometry;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const polygon of polygons) for (const ring of polygon) ring.reverse();
  }
  return collection;
}

function fillCalculationChoice() {
  const select = $('kaart-berekening');
  const options = [
    ['voorschot:2024', 'Voorschotten €35 mln-regeling 2024'],
    ['voorschot:2023', 'Voorschotten €35 mln-regeling 2023'],
    ['voorschot:2025', 'Voorschotten €35 mln-regeling 2025'],
    ['vaststelling:2024', 'Vaststelling 2024 met voorbeeldaantallen (fictief)'],
    ...readyScenarios.map(s => [`scenario:${s.scenarioId}`, `Doorrekening scenario ${s.scenarioNaam}`]),
  ];
  select.replaceChildren(...options.map(([value, text]) => el('option', { value }, text)));
  $('kaart-jaar').replaceChildren(...Array.from({ length: 9 }, (_, i) => 2022 + i).map(y => el('option', { value: y, selected: y === 2027 }, y)));
  fillFigureChoice();
}

function figuresOf(kind) {
  return kind === 'voorschot' ? ['voorschot'] : kind === 'vaststelling' ? ['verschil', 'vastgesteld', 'voorschot'] : ['tekort', 'kosten', 'inkomsten'];
}

function fillFigureChoice() {
  const [kind] = $('kaart-berekening').value.split(':');
  $('kaart-kengetal').replaceChildren(...figuresOf(kind).map(f => el('option', { value: f }, figures[f])));
  $('kaart-jaar-veld').hidden = kind !== 'scenario';
}

/** Example year-end counts for the settlement: about one per 13,000 inhabitants, varied per gemeente. Invented. */
function exampleCounts() {
  return [...municipalities.values()].map(m => {
    const variation = 0.4 + ((Number(m.code.slice(2)) * 37) % 100) / 80;
    return { gemeenteCode: m.code, aantal: Math.floor((m.inwoners * variation) / 13000) };
  });
}

/** A ready scenario's gemeente lines, from the service's read-only page data. */
function scenarioLines(id) {
  const run = readyScenarios.find(s => s.scenarioId === id);
  return cached(run.gemeenten).then(lines => ({ run, lines }));
}

async function update() {
  const [kind, arg] = $('kaart-berekening').value.split(':');
  const values = new Map();
  let label;
  const melding = $('melding');
  try {
    if (kind === 'voorschot') {
      const result = await json('v1/voorschotberekeningen', { method: 'POST', body: { regeling: 'spuk-onderwijsroute-2023', jaar: Number(arg) } });
      for (const r of result.regels) values.set(r.gemeenteCode, { voorschot: r.voorschot });
      label = `voorschotten ${result.jaar} (budget ${formatEuro(result.budget)}, inwoners op ${result.peildatumInwoners})`;
    } else if (kind === 'vaststelling') {
      const result = await json('v1/vaststellingsberekeningen', { method: 'POST', body: { regeling: 'spuk-onderwijsroute-2023', jaar: Number(arg), aantallen: exampleCounts() } });
      for (const r of result.regels) values.set(r.gemeenteCode, { voorschot: r.voorschot, vastgesteld: r.vastgesteld, verschil: r.verschil, aantal: r.aantal });
      label = `vaststelling ${result.jaar} met voorbeeldaantallen (fictief, landelijk ${formatCount(result.totaalAantal)})`;
    } else {
      const year = Number($('kaart-jaar').value);
      const { run, lines } = await scenarioLines(arg);
      for (const r of lines.regels.filter(l => l.jaar === year)) values.set(r.gemeenteCode, { tekort: r.tekort, kosten: r.kosten, inkomsten: r.inkomsten });
      label = `doorrekening van scenario ${run.scenarioNaam}, ${year}`;
    }
    melding.textContent = '';
    melding.classList.remove('fout');
  } catch (e) {
    melding.textContent = e.status === 401 || e.status === 403
      ? `Deze berekening vraagt een API-sleutel (onderaan de pagina): ${e.message}`
      : `De berekening is mislukt: ${e.message}`;
    melding.classList.add('fout');
    return;
  }
  current = { values, figures: figuresOf(kind), label };
  paint();
}

function perInhabitant() { return document.querySelector('input[name="kaart-schaal"]:checked').value === 'per-inwoner'; }

function valueOf(code, figure) {
  const v = current.values.get(code)?.[figure];
  if (v == null) return null;
  if (!perInhabitant()) return v;
  const inhabitants = municipalities.get(code)?.inwoners;
  return inhabitants ? v / inhabitants : null;
}

function formatValue(v) { return perInhabitant() ? formatEuroPerInhabitant(v) : formatEuro(v); }

/** Quantile classes; when values have both signs, negatives and positives get their own classes (diverging). */
function classes(values) {
  const sorted = values.filter(v => v != null).sort((a, b) => a - b);
  const negatives = sorted.filter(v => v < 0);
  const rest = sorted.filter(v => v >= 0);
  const quantileBreaks = (list, n) => Array.from({ length: n - 1 }, (_, i) => list[Math.floor(((i + 1) * list.length) / n)]);
  if (negatives.length > 0 && rest.length > 0) {
    const colours = ['#b35806', '#f1a340', '#fee0b6', '#d8daeb', '#998ec3', '#542788'];
    const breaks = [...quantileBreaks(negatives, 3), 0, ...quantileBreaks(rest, 3)];
    return { breaks, colours, min: sorted[0], max: sorted.at(-1) };
  }
  const colours = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];
  return { breaks: quantileBreaks(sorted, 5), colours, min: sorted[0], max: sorted.at(-1) };
}

function colourOf(scale, v) {
  if (v == null) return '#ffffff';
  let i = 0;
  while (i < scale.breaks.length && v >= scale.breaks[i]) i++;
  return scale.colours[i];
}

function paint() {
  const figure = $('kaart-kengetal').value;
  const unit = perInhabitant() ? 'per inwoner' : 'totaal';
  const scale = classes([...municipalities.keys()].map(c => valueOf(c, figure)));
  $('kaart-uitleg').textContent = `${figures[figure]} ${unit}: ${current.label}. Per inwoner met de inwoners op 1 januari 2024.`;
  for (const link of $('kaart-gemeenten').querySelectorAll('a[data-code]')) {
    const code = link.dataset.code;
    const v = valueOf(code, figure);
    link.firstChild.setAttribute('fill', colourOf(scale, v));
    link.setAttribute('aria-label', `${municipalities.get(code)?.naam ?? code}: ${figures[figure].toLowerCase()} ${formatValue(v)} ${unit}`);
  }
  const bounds = [scale.min, ...scale.breaks, scale.max];
  $('kaart-legenda').replaceChildren(
    el('h3', {}, `${figures[figure]} ${unit}`),
    el('ul', {}, scale.colours.map((c, i) => el('li', {}, el('span', { class: `staal`, 'data-kleur': c }), `${formatValue(bounds[i])} tot ${formatValue(bounds[i + 1])}`))));
  for (const swatch of $('kaart-legenda').querySelectorAll('.staal')) swatch.style.background = swatch.dataset.kleur;
  const rows = [...municipalities.values()].sort((a, b) => a.naam.localeCompare(b.naam, 'nl')).map(m => [
    el('a', { href: `#gemeente/${m.code}` }, m.naam), m.code, formatCount(m.inwoners),
    ...current.figures.flatMap(f => [formatEuro(current.values.get(m.code)?.[f]), formatEuroPerInhabitant(perInhabitantValue(m.code, f))]),
  ]);
  fillTable($('kaart-tabel'), `Alle gemeenten: ${current.label}`,
    ['Gemeente', 'Code', 'Inwoners 1-1-2024', ...current.figures.flatMap(f => [`${figures[f]}`, `${figures[f]} per inwoner`])], rows);
}

function perInhabitantValue(code, figure) {
  const v = current.values.get(code)?.[figure];
  const inhabitants = municipalities.get(code)?.inwoners;
  return v == null || !inhabitants ? null : v / inhabitants;
}

function showDetails(code) {
  const m = municipalities.get(code);
  const v = current.values.get(code) ?? {};
  $('kaart-details').replaceChildren(
    el('h3', {}, `${m.naam} (${m.code})`),
    el('p', {}, `Arbeidsmarktregio ${m.arbeidsmarktregioCode}, ${formatCount(m.inwoners)} inwoners op 1 januari 2024`),
    el('p', {}, current.label),
    el('dl', {}, current.figures.flatMap(f => [
      el('dt', {}, figures[f]), el('dd', {}, formatEuro(v[f])),
      el('dt', {}, `${figures[f]} per inwoner`), el('dd', {}, formatEuroPerInhabitant(perInhabitantValue(code, f))),
    ]), v.aantal != null ? [el('dt', {}, 'Aantal (voorbeeld)'), el('dd', {}, formatCount(v.aantal))] : []),
    el('p', {}, el('a', { href: `#gemeente/${m.code}` }, `Open de prognose van ${m.naam}`)));
}

function drawMunicipalities(collection) {
  const svg = $('kaart-gemeenten');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const projection = d3.geoMercator().fitExtent([[8, 8], [width - 8, height - 8]], collection);
  const path = d3.geoPath(projection);
  const fragment = document.createDocumentFragment();
  for (const feature of collection.features) {
    const { code, naam } = feature.properties;
    const link = document.createElementNS(svgNs, 'a');
    link.setAttribute('href', `#gemeente/${code}`);
    link.dataset.code = code;
    link.setAttribute('aria-label', naam);
    const shape = document.createElementNS(svgNs, 'path');
    shape.setAttribute('d', path(feature));
    shape.setAttribute('class', 'gemeente');
    link.append(shape);
    link.addEventListener('focus', () => { showDetails(code); mark(shape); });
    link.addEventListener('mouseenter', () => { showDetails(code); mark(shape); });
    fragment.append(link);
  }
  const marker = document.createElementNS(svgNs, 'path');
  marker.setAttribute('class', 'markering');
  marker.setAttribute('aria-hidden', 'true');
  fragment.append(marker);
  svg.replaceChildren(fragment);
}

/** Outlines the gemeente in focus or under the pointer on top of its neighbours (SVG has no z-index). */
function mark(shape) {
  $('kaart-gemeenten').querySelector('.markering').setAttribute('d', shape.getAttribute('d'));
}

const offerColours = { gecontracteerd: '#1b7837', maatwerk: '#9ecae1', geen: '#d6604d', onbekend: '#d9d9d9' };
const offerLabels = { gecontracteerd: 'gecontracteerd aanbod', maatwerk: 'maatwerk', geen: 'geen aanbod', onbekend: 'onbekend' };
const levelGroups = ['mbo', 'hbo', 'wo'];

function offerOf(region, group) {
  const levels = region?.aanbod?.niveaus.filter(n => n.niveaugroep === group) ?? [];
  return levels[0]?.status ?? 'onbekend';
}

function drawOffer(collection, regions) {
  const byCode = new Map(regions.map(r => [r.code, r]));
  const container = $('aanbod-kaarten');
  const projection = d3.geoMercator().fitExtent([[4, 4], [296, 356]], collection);
  const path = d3.geoPath(projection);
  container.replaceChildren(...levelGroups.map(group => {
    const svg = document.createElementNS(svgNs, 'svg');
    svg.setAttribute('viewBox', '0 0 300 360');
    svg.setAttribute('class', 'kaart');
    svg.setAttribute('role', 'img');
    const counts = Object.keys(offerColours).map(s => `${regions.filter(r => offerOf(r, group) === s).length} ${offerLabels[s]}`).join(', ');
    svg.setAttribute('aria-label', `Aanbod ${group} per arbeidsmarktregio: ${counts}. De tabel hieronder noemt elke regio.`);
    for (const feature of collection.features) {
      const status = offerOf(byCode.get(feature.properties.code), group);
      const shape = document.createElementNS(svgNs, 'path');
      shape.setAttribute('d', path(feature));
      shape.setAttribute('fill', offerColours[status]);
      shape.dataset.regio = feature.properties.code;
      const title = document.createElementNS(svgNs, 'title');
      title.textContent = `${feature.properties.naam} (${feature.properties.code}): ${group} ${offerLabels[status]}`;
      shape.append(title);
      svg.append(shape);
    }
    return el('figure', {}, svg, el('figcaption', {}, group));
  }));
  $('aanbod-legenda').replaceChildren(el('ul', {}, Object.entries(offerColours).map(([s, c]) => el('li', {}, el('span', { class: 'staal', 'data-kleur': c }), offerLabels[s]))));
  for (const swatch of $('aanbod-legenda').querySelectorAll('.staal')) swatch.style.background = swatch.dataset.kleur;
  fillTable($('aanbod-tabel'), 'Aanbod onderwijsroute per arbeidsmarktregio op 1 februari 2023',
    ['Arbeidsmarktregio', 'Code', 'Centrumgemeente', 'mbo', 'hbo', 'wo'],
    [...regions].sort((a, b) => a.naam.localeCompare(b.naam, 'nl')).map(r => [r.naam, r.code, r.centrumgemeente.naam, ...levelGroups.map(g => offerOf(r, g))]));
}
