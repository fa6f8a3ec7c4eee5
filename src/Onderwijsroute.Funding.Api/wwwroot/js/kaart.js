// Kaart: the 342 gemeenten coloured by a figure of a calculation or scenario run, and the onderwijsroute offer per
// arbeidsmarktregio. Shapes are SVG paths projected with d3-geo; each gemeente is a link (focusable, Enter opens it).
import { cached, json } from './api.js';
import { el, fillTable, formatCount, formatEuro, formatEuroPerInhabitant } from './format.js';
import { colourIn, scaleOf } from './kaart-schaal.js';

const svgNs = 'http://www.w3.org/2000/svg';
const width = 600;
const height = 720;
// Scenario runs spread participants by the latest inhabitants (docs/scenarios.md): per inhabitant uses those.
const scenarioInhabitantsDate = '2024-01-01';

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
let municipalities = new Map(); // code -> { code, naam, arbeidsmarktregioCode, regioNaam, inwonersOp: Map(date -> count) }
// values: code -> figures, with `inwoners` the inhabitants the calculation itself used (for per inhabitant).
let current = { values: new Map(), figures: [], label: '', inhabitantsDate: '' };

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
  const regionNames = new Map(regions.arbeidsmarktregios.map(r => [r.code, r.naam]));
  for (const g of list.gemeenten) {
    municipalities.set(g.code, {
      code: g.code, naam: g.naam, arbeidsmarktregioCode: g.arbeidsmarktregioCode, regioNaam: regionNames.get(g.arbeidsmarktregioCode) ?? '',
      inwonersOp: new Map(g.inwoners.map(i => [i.peildatum, i.aantal])),
    });
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
    return { gemeenteCode: m.code, aantal: Math.floor(((m.inwonersOp.get('2024-01-01') ?? 0) * variation) / 13000) };
  });
}

/** A ready scenario's gemeente lines, from the service's read-only page data. */
function scenarioLines(id) {
  const run = readyScenarios.find(s => s.scenarioId === id);
  return cached(run.gemeenten).then(lines => ({ run, lines }));
}

// Each choice gets a number; an answer that arrives after a newer choice was made is dropped, so a slow earlier
// calculation never paints over the one now chosen.
let latestUpdate = 0;

// Looking never writes: the stored calculations are asked with ?opslaan=false (200, nothing stored; docs/api.md).
async function update() {
  const ticket = ++latestUpdate;
  const [kind, arg] = $('kaart-berekening').value.split(':');
  const values = new Map();
  let label;
  let inhabitantsDate;
  const melding = $('melding');
  try {
    if (kind === 'voorschot') {
      const result = await json('v1/voorschotberekeningen?opslaan=false', { method: 'POST', body: { regeling: 'spuk-onderwijsroute-2023', jaar: Number(arg) } });
      for (const r of result.regels) values.set(r.gemeenteCode, { voorschot: r.voorschot, inwoners: r.inwoners });
      inhabitantsDate = result.peildatumInwoners;
      label = `voorschotten ${result.jaar} (budget ${formatEuro(result.budget)}, naar de inwoners op ${result.peildatumInwoners})`;
    } else if (kind === 'vaststelling') {
      const result = await json('v1/vaststellingsberekeningen?opslaan=false', { method: 'POST', body: { regeling: 'spuk-onderwijsroute-2023', jaar: Number(arg), aantallen: exampleCounts() } });
      inhabitantsDate = result.peildatumInwoners;
      for (const r of result.regels) values.set(r.gemeenteCode, { voorschot: r.voorschot, vastgesteld: r.vastgesteld, verschil: r.verschil, aantal: r.aantal, inwoners: municipalities.get(r.gemeenteCode)?.inwonersOp.get(inhabitantsDate) });
      label = `vaststelling ${result.jaar} met voorbeeldaantallen (fictief, landelijk ${formatCount(result.totaalAantal)})`;
    } else {
      const year = Number($('kaart-jaar').value);
      const { run, lines } = await scenarioLines(arg);
      inhabitantsDate = scenarioInhabitantsDate;
      for (const r of lines.regels.filter(l => l.jaar === year)) values.set(r.gemeenteCode, { tekort: r.tekort, kosten: r.kosten, inkomsten: r.inkomsten, inwoners: municipalities.get(r.gemeenteCode)?.inwonersOp.get(inhabitantsDate) });
      label = `doorrekening van scenario ${run.scenarioNaam}, ${year}`;
    }
    melding.textContent = '';
    melding.classList.remove('fout');
  } catch (e) {
    if (ticket !== latestUpdate) return;
    melding.textContent = e.status === 401 || e.status === 403
      ? `Deze berekening vraagt een API-sleutel (onderaan de pagina): ${e.message}`
      : `De berekening is mislukt: ${e.message}`;
    melding.classList.add('fout');
    return;
  }
  if (ticket !== latestUpdate) return;
  current = { values, figures: figuresOf(kind), label, inhabitantsDate };
  paint();
}

function perInhabitant() { return document.querySelector('input[name="kaart-schaal"]:checked').value === 'per-inwoner'; }

function valueOf(code, figure) { return perInhabitant() ? perInhabitantValue(code, figure) : current.values.get(code)?.[figure] ?? null; }

/** A gap (tekort) below zero is a surplus: it reads "overschot € 161.429", never "tekort € -161.429". */
function formatFigure(figure, v, perResident) {
  const format = perResident ? formatEuroPerInhabitant : formatEuro;
  if (figure === 'tekort' && v < 0) return `overschot ${format(-v)}`;
  return format(v);
}

function formatValue(v, figure) { return formatFigure(figure, v, perInhabitant()); }

function paint() {
  const figure = $('kaart-kengetal').value;
  const unit = perInhabitant() ? 'per inwoner' : 'totaal';
  const classes = scaleOf([...municipalities.keys()].map(c => valueOf(c, figure)));
  $('kaart-uitleg').textContent = `${figures[figure]} ${unit}: ${current.label}.`
    + (perInhabitant() ? ` Per inwoner met de inwoners die de berekening zelf gebruikte (peildatum ${current.inhabitantsDate}).` : '')
    + (figure === 'tekort' ? ' Een negatief tekort is een overschot.' : '');
  for (const link of $('kaart-gemeenten').querySelectorAll('a[data-code]')) {
    const code = link.dataset.code;
    const v = valueOf(code, figure);
    link.firstChild.setAttribute('fill', colourIn(classes, v));
    link.setAttribute('aria-label', `${municipalities.get(code)?.naam ?? code}: ${figures[figure].toLowerCase()} ${formatValue(v, figure)} ${unit}`);
  }
  $('kaart-legenda').replaceChildren(
    el('h3', {}, `${figures[figure]} ${unit}`),
    el('ul', {}, classes.map(c => el('li', { 'data-nul': c.zero ? 'ja' : null }, el('span', { class: 'staal', 'data-kleur': c.colour }),
      c.zero ? `precies € 0 (${c.count})` : `${formatValue(c.min, figure)} tot en met ${formatValue(c.max, figure)} (${c.count})`))));
  for (const swatch of $('kaart-legenda').querySelectorAll('.staal')) swatch.style.background = swatch.dataset.kleur;
  const rows = [...municipalities.values()].sort((a, b) => a.naam.localeCompare(b.naam, 'nl')).map(m => [
    el('a', { href: `#gemeente/${m.code}` }, m.naam), m.code, `${m.regioNaam} (${m.arbeidsmarktregioCode})`, formatCount(current.values.get(m.code)?.inwoners),
    ...current.figures.flatMap(f => [formatFigure(f, current.values.get(m.code)?.[f], false), formatFigure(f, perInhabitantValue(m.code, f), true)]),
  ]);
  fillTable($('kaart-tabel'), `Alle gemeenten: ${current.label}`,
    ['Gemeente', 'Code', 'Arbeidsmarktregio', `Inwoners ${current.inhabitantsDate}`, ...current.figures.flatMap(f => [`${figures[f]}`, `${figures[f]} per inwoner`])], rows);
}

function perInhabitantValue(code, figure) {
  const v = current.values.get(code)?.[figure];
  const inhabitants = current.values.get(code)?.inwoners;
  return v == null || !inhabitants ? null : v / inhabitants;
}

function showDetails(code) {
  const m = municipalities.get(code);
  const v = current.values.get(code) ?? {};
  $('kaart-details').replaceChildren(
    el('h3', {}, `${m.naam} (${m.code})`),
    el('p', {}, `Arbeidsmarktregio ${m.regioNaam} (${m.arbeidsmarktregioCode}), ${formatCount(v.inwoners)} inwoners op ${current.inhabitantsDate}`),
    el('p', {}, current.label),
    el('dl', {}, current.figures.flatMap(f => [
      el('dt', {}, figures[f]), el('dd', {}, formatFigure(f, v[f], false)),
      el('dt', {}, `${figures[f]} per inwoner`), el('dd', {}, formatFigure(f, perInhabitantValue(code, f), true)),
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
