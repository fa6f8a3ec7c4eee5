// Gemeente: a workspace for one gemeente's own plan. The form starts from the gemeente's realistic start
// (GET /v1/gemeenten/{code}/startpunt) and says so; Bereken sends it to POST /v1/prognoseberekeningen (stateless).
// Errors appear beside their fields and the old result is removed; a changed form marks the result as stale.
import { cached, json, request } from './api.js';
import { el, formatCount, saveFile } from './format.js';
import { buildForm, clearErrors, fillForm, readForm, setStatus, showErrors, showFormError } from './gemeente-form.js';
import { drawResult } from './gemeente-result.js';
import * as stored from './gemeente-opgeslagen.js';

const $ = id => document.getElementById(id);
const firstYear = 2024;
const lastYear = 2029;

let names = new Map();
let code = null;
let lastBody = null;
let origin = '';
let initialised = null;

export async function show(asked) {
  initialised ??= init();
  await initialised;
  const known = names.has(asked);
  $('gemeente-onbekend').hidden = known;
  $('gemeente-werkruimte').hidden = !known;
  if (!known) {
    $('gemeente-titel').textContent = 'Prognose van een gemeente';
    $('gemeente-onbekend').textContent = `Er is geen gemeente met code ${asked}. Kies een gemeente uit de lijst; de code is de CBS-code, bijvoorbeeld GM0014 (Groningen).`;
    $('gemeente-kies').value = '';
    return;
  }
  code = asked;
  $('gemeente-kies').value = code;
  document.querySelector('a[data-view="gemeente"]').setAttribute('href', `#gemeente/${code}`);
  const point = await cached(`v1/gemeenten/${code}/startpunt`);
  fillForm({ vanJaar: firstYear, totEnMetJaar: lastYear, starters: point.starters.filter(s => s.huisvestingsjaar <= lastYear) });
  origin = `Vooringevuld met het startpunt van ${point.naam}: haar deel naar inwoners (${formatCount(point.inwoners)} van ${formatCount(point.inwonersLandelijk)} op ${point.peildatumInwoners}) `
    + `van de landelijke projectie (variant ${point.projectievariant}), als starters per jaar en niveau met hun huisvestingsjaar. Vervang ze door de eigen aantallen of trajecten.`;
  setOrigin(origin);
  stored.forgetOpened();
  await Promise.all([calculate(), stored.list(code)]);
}

function setOrigin(text) { $('gemeente-herkomst').textContent = text; }

async function init() {
  const list = await cached('v1/gemeenten');
  names = new Map(list.gemeenten.map(g => [g.code, g.naam]));
  $('gemeente-kies').replaceChildren(el('option', { value: '', disabled: true }, 'Kies een gemeente'), ...[...list.gemeenten].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'))
    .map(g => el('option', { value: g.code }, `${g.naam} (${g.code})`)));
  $('gemeente-kies').addEventListener('change', () => { location.hash = `#gemeente/${$('gemeente-kies').value}`; });
  buildForm($('gemeente-formulier'), calculate, changed);
  for (const button of document.querySelectorAll('.downloads button')) button.addEventListener('click', () => download(button.dataset.formaat));
  stored.init({ current: () => readForm(code), show: showOpened, onErrors: (errors, fields) => placeErrors(errors, fields) });
}

/** After any change the result on screen belongs to the previous input: say so until Bereken is pressed. */
function changed() {
  if (!$('gemeente-resultaat').hidden) $('gemeente-resultaat').classList.add('verouderd');
  $('gemeente-verouderd').hidden = $('gemeente-resultaat').hidden;
  setOrigin(`Eigen invoer, aangepast (${origin.split(':')[0].replace('Vooringevuld met het startpunt van', 'het startpunt was dat van')}). Klik op Bereken voor de nieuwe uitkomst.`);
}

function placeErrors(errors, fields) {
  const first = showErrors(errors, fields);
  $('gemeente-resultaat').hidden = true;
  $('gemeente-verouderd').hidden = true;
  first?.focus();
}

async function calculate() {
  const { body, fields } = readForm(code);
  clearErrors();
  setStatus('Bezig met berekenen…');
  let forecast;
  try {
    forecast = await json('v1/prognoseberekeningen', { method: 'POST', body });
  } catch (e) {
    setStatus('');
    if (e.problem?.errors) placeErrors(e.problem.errors, fields);
    else { showFormError(`De prognose is mislukt: ${e.message}`); $('gemeente-resultaat').hidden = true; }
    return;
  }
  setStatus('Berekend.');
  lastBody = body;
  showForecast(forecast);
}

function showForecast(forecast) {
  const naam = names.get(forecast.gemeenteCode) ?? forecast.naam ?? forecast.gemeenteCode;
  $('gemeente-titel').textContent = `Prognose van ${naam} (${forecast.gemeenteCode}), ${forecast.vanJaar}–${forecast.totEnMetJaar}`;
  $('gemeente-resultaat').hidden = false;
  $('gemeente-resultaat').classList.remove('verouderd');
  $('gemeente-verouderd').hidden = true;
  drawResult(forecast, naam);
}

function showOpened(invoer, resultaat, description) {
  fillForm(invoer);
  origin = description;
  setOrigin(description);
  lastBody = readForm(code).body;
  showForecast(resultaat);
}

const extensions = { csv: 'csv', 'csv-excel': 'csv', xlsx: 'xlsx' };

async function download(format) {
  try {
    const response = await request(`v1/prognoseberekeningen?formaat=${format}`, { method: 'POST', body: lastBody, accept: '*/*' });
    saveFile(await response.blob(), `prognose-${code}${format === 'csv-excel' ? '-excel' : ''}.${extensions[format]}`);
  } catch (e) {
    showFormError(`De download is mislukt: ${e.message}`);
  }
}
