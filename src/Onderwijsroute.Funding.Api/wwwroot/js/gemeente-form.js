// The gemeente's own plan as a form (no JSON): years, starters per year and level, individual trajecten (add, copy,
// remove rows), travel and bridging costs. It reads into the body of POST /v1/prognoseberekeningen and remembers which
// field each JSON path of that body came from, so that a 400's errors appear beside the field they concern.
import { el } from './format.js';

const levels = [
  ['mbo2', 'mbo 2'], ['mbo3', 'mbo 3'], ['mbo4', 'mbo 4'], ['hbo-mei', 'hbo (MEI)'], ['hbo-ntg', 'hbo (NT2)'],
  ['wo-mei', 'wo (MEI)'], ['wo-ntg', 'wo (NT2)'], ['b1-entree', 'B1-Entree'],
];
const contractForms = [['', 'standaard'], ['gecontracteerd', 'gecontracteerd'], ['maatwerk', 'maatwerk']];
const years = Array.from({ length: 9 }, (_, i) => 2022 + i);
const travelParameters = { gecontracteerd: 'reiskosten-per-maand-gecontracteerd', maatwerk: 'reiskosten-per-maand-maatwerk' };

const starterColumns = [
  { name: 'jaar', label: 'Startjaar', type: 'number', min: 2022, max: 2030, required: true },
  { name: 'niveau', label: 'Niveau', options: levels, required: true },
  { name: 'aantal', label: 'Aantal', type: 'number', min: 0, required: true },
  { name: 'huisvestingsjaar', label: 'Huisvestingsjaar', type: 'number', min: 2015, max: 2030 },
  { name: 'contractvorm', label: 'Contractvorm', options: contractForms },
  { name: 'prijs', label: 'Prijs (€)', type: 'number', min: 0, step: 'any', placeholder: 'standaard' },
];
const trajectoryColumns = [
  { name: 'startdatum', label: 'Startdatum', type: 'date', required: true },
  { name: 'niveau', label: 'Niveau', options: levels, required: true },
  { name: 'geboortedatum', label: 'Geboortedatum (ISK)', type: 'date' },
  { name: 'huisvestingsjaar', label: 'Huisvestingsjaar', type: 'number', min: 2015, max: 2030 },
  { name: 'contractvorm', label: 'Contractvorm', options: contractForms },
  { name: 'prijs', label: 'Prijs (€)', type: 'number', min: 0, step: 'any', placeholder: 'standaard' },
];

let form = null;
let counter = 0;

function input(column, value, rowLabel) {
  const id = `veld-${++counter}`;
  const label = `${column.label}, ${rowLabel}`;
  const field = column.options
    ? el('select', { id, name: column.name, 'aria-label': label }, column.options.map(([v, t]) => el('option', { value: v, selected: String(value ?? '') === v }, t)))
    : el('input', { id, name: column.name, type: column.type, min: column.min, max: column.max, step: column.step, placeholder: column.placeholder, 'aria-label': label, inputmode: column.type === 'number' ? 'decimal' : null });
  if (!column.options) field.value = value ?? '';
  return el('td', {}, field);
}

function renumber(body, noun) {
  [...body.rows].forEach((row, i) => {
    row.querySelector('th').textContent = String(i + 1);
    for (const field of row.querySelectorAll('input, select')) field.setAttribute('aria-label', `${field.getAttribute('aria-label').split(',')[0]}, ${noun} ${i + 1}`);
    for (const button of row.querySelectorAll('button')) button.setAttribute('aria-label', `${button.dataset.actie} ${noun} ${i + 1}`);
  });
}

function addRow(body, columns, noun, values = {}, after = null) {
  const row = el('tr', {},
    el('th', { scope: 'row' }, ''),
    columns.map(c => input(c, values[c.name], noun)),
    el('td', { class: 'acties' },
      el('button', { type: 'button', class: 'klein-knop', 'data-actie': 'Kopieer' }, 'Kopieer'),
      el('button', { type: 'button', class: 'klein-knop', 'data-actie': 'Verwijder' }, 'Verwijder')));
  row.querySelector('[data-actie="Kopieer"]').addEventListener('click', () => {
    addRow(body, columns, noun, rowValues(row, columns), row);
    form.dispatchEvent(new Event('input'));
  });
  row.querySelector('[data-actie="Verwijder"]').addEventListener('click', () => {
    row.remove();
    renumber(body, noun);
    form.dispatchEvent(new Event('input'));
  });
  if (after) after.after(row); else body.append(row);
  renumber(body, noun);
  return row;
}

function rowValues(row, columns) {
  return Object.fromEntries(columns.map(c => [c.name, row.querySelector(`[name="${c.name}"]`).value]));
}

function rowTable(id, caption, columns, noun) {
  return el('div', { class: 'tabel-scroll invoer-tabel', role: 'region', 'aria-labelledby': `${id}-titel`, tabindex: '0' },
    el('table', { id },
      el('caption', { id: `${id}-titel` }, caption),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, '#'), columns.map(c => el('th', { scope: 'col' }, c.label)), el('th', { scope: 'col' }, 'Rij'))),
      el('tbody', {})));
}

/** Builds the form once inside the given element; onInput is called on every change. */
export function buildForm(container, onSubmit, onInput) {
  form = container;
  const yearSelect = (name, label) => el('div', { class: 'veld' },
    el('label', { for: `gemeente-${name}` }, label),
    el('select', { id: `gemeente-${name}`, name }, years.map(y => el('option', { value: y }, y))));
  const yearAmounts = el('div', { class: 'jaarbedragen', id: 'gemeente-overbrugging' });
  container.replaceChildren(
    el('fieldset', { class: 'blok' }, el('legend', {}, 'Jaren'), el('div', { class: 'keuze' }, yearSelect('vanJaar', 'Van jaar'), yearSelect('totEnMetJaar', 'Tot en met jaar'))),
    el('fieldset', { class: 'blok' }, el('legend', {}, 'Starters per jaar en niveau'),
      rowTable('gemeente-starters', 'Starters (aantallen per startjaar en niveau)', starterColumns, 'starter'),
      el('button', { type: 'button', id: 'gemeente-starter-erbij' }, 'Starter toevoegen')),
    el('fieldset', { class: 'blok' }, el('legend', {}, 'Losse trajecten'),
      el('p', { class: 'klein' }, 'Voor wie al bekend is: startdatum, niveau, en voor een ISK-leerling de geboortedatum (financiering vanaf 18 jaar).'),
      rowTable('gemeente-trajecten', 'Trajecten (één rij per deelnemer)', trajectoryColumns, 'traject'),
      el('button', { type: 'button', id: 'gemeente-traject-erbij' }, 'Traject toevoegen')),
    el('fieldset', { class: 'blok' }, el('legend', {}, 'Reis- en overbruggingskosten'),
      el('div', { class: 'keuze' },
        ...Object.keys(travelParameters).map(contract => el('div', { class: 'veld' },
          el('label', { for: `gemeente-reiskosten-${contract}` }, `Reiskosten per maand, ${contract} (€)`),
          el('input', { id: `gemeente-reiskosten-${contract}`, type: 'number', min: 0, step: 'any', placeholder: 'standaard (0)', inputmode: 'decimal' })))),
      el('p', { class: 'klein', id: 'overbrugging-uitleg' }, 'Overbruggingskosten per jaar (€), bijvoorbeeld voor de tijd tussen huisvesting en start:'),
      yearAmounts),
    el('div', { class: 'formulier-knoppen' },
      el('button', { type: 'submit', id: 'gemeente-bereken' }, 'Bereken'),
      el('span', { id: 'gemeente-status', class: 'status', role: 'status' })),
    el('div', { id: 'gemeente-formfout', class: 'formfout', role: 'alert' }));
  container.querySelector('#gemeente-starter-erbij').addEventListener('click', () => {
    const row = addRow(container.querySelector('#gemeente-starters tbody'), starterColumns, 'starter', { niveau: 'mbo4', contractvorm: '' });
    row.querySelector('input').focus();
    onInput();
  });
  container.querySelector('#gemeente-traject-erbij').addEventListener('click', () => {
    const row = addRow(container.querySelector('#gemeente-trajecten tbody'), trajectoryColumns, 'traject', { niveau: 'mbo4', contractvorm: '' });
    row.querySelector('input').focus();
    onInput();
  });
  container.addEventListener('input', onInput);
  container.addEventListener('change', event => { if (event.target.name === 'vanJaar' || event.target.name === 'totEnMetJaar') fillYearAmounts(currentAmounts()); });
  container.addEventListener('submit', event => { event.preventDefault(); onSubmit(); });
}

function currentAmounts() {
  return Object.fromEntries([...form.querySelectorAll('#gemeente-overbrugging input')].map(i => [i.dataset.jaar, i.value]));
}

function fillYearAmounts(amounts) {
  const from = Number(form.querySelector('#gemeente-vanJaar').value);
  const to = Number(form.querySelector('#gemeente-totEnMetJaar').value);
  form.querySelector('#gemeente-overbrugging').replaceChildren(...years.filter(y => y >= from && y <= to).map(y => el('div', { class: 'veld' },
    el('label', { for: `overbrugging-${y}` }, String(y)),
    el('input', { id: `overbrugging-${y}`, type: 'number', min: 0, step: 'any', 'data-jaar': y, inputmode: 'decimal', 'aria-describedby': 'overbrugging-uitleg' }))));
  for (const field of form.querySelectorAll('#gemeente-overbrugging input')) field.value = amounts[field.dataset.jaar] ?? '';
}

/** Fills the form from a request body (a starting point, or a stored forecast's input). */
export function fillForm(body) {
  form.querySelector('#gemeente-vanJaar').value = body.vanJaar;
  form.querySelector('#gemeente-totEnMetJaar').value = body.totEnMetJaar;
  const starters = form.querySelector('#gemeente-starters tbody');
  starters.replaceChildren();
  for (const s of body.starters ?? []) addRow(starters, starterColumns, 'starter', s);
  const trajectories = form.querySelector('#gemeente-trajecten tbody');
  trajectories.replaceChildren();
  for (const t of body.trajecten ?? []) addRow(trajectories, trajectoryColumns, 'traject', t);
  fillYearAmounts(Object.fromEntries((body.overbruggingskosten ?? []).map(o => [o.jaar, o.bedrag])));
  for (const [contract, parameter] of Object.entries(travelParameters)) {
    const given = (body.overschrijvingen ?? []).find(o => o.parameter === parameter);
    form.querySelector(`#gemeente-reiskosten-${contract}`).value = given?.waarde ?? '';
  }
  clearErrors();
}

const numberOrNull = v => (v === '' ? null : Number(v));
const textOrNull = v => (v === '' ? null : v);

function readRows(selector, columns, listName, fields) {
  return [...form.querySelectorAll(`${selector} tbody tr`)].map((row, i) => {
    const item = {};
    fields.set(`${listName}[${i}]`, row.querySelector('input, select'));
    for (const c of columns) {
      const field = row.querySelector(`[name="${c.name}"]`);
      fields.set(`${listName}[${i}].${c.name}`, field);
      const value = c.type === 'number' ? numberOrNull(field.value) : textOrNull(field.value);
      // An empty required field goes as null, so that the API names it; an empty optional one is left out.
      if (value !== null || c.required) item[c.name] = value;
    }
    return item;
  });
}

/** The request body and, per JSON path, the field it came from. */
export function readForm(code) {
  const fields = new Map();
  const body = { gemeenteCode: code, vanJaar: Number(form.querySelector('#gemeente-vanJaar').value), totEnMetJaar: Number(form.querySelector('#gemeente-totEnMetJaar').value) };
  fields.set('vanJaar', form.querySelector('#gemeente-vanJaar'));
  fields.set('totEnMetJaar', form.querySelector('#gemeente-totEnMetJaar'));
  body.starters = readRows('#gemeente-starters', starterColumns, 'starters', fields);
  body.trajecten = readRows('#gemeente-trajecten', trajectoryColumns, 'trajecten', fields);
  body.overbruggingskosten = [];
  for (const field of form.querySelectorAll('#gemeente-overbrugging input')) {
    if (field.value === '') continue;
    fields.set(`overbruggingskosten[${body.overbruggingskosten.length}]`, field);
    fields.set(`overbruggingskosten[${body.overbruggingskosten.length}].bedrag`, field);
    body.overbruggingskosten.push({ jaar: Number(field.dataset.jaar), bedrag: Number(field.value) });
  }
  body.overschrijvingen = [];
  for (const [contract, parameter] of Object.entries(travelParameters)) {
    const field = form.querySelector(`#gemeente-reiskosten-${contract}`);
    if (field.value === '') continue;
    for (let year = body.vanJaar; year <= body.totEnMetJaar; year++) {
      fields.set(`overschrijvingen[${body.overschrijvingen.length}]`, field);
      body.overschrijvingen.push({ regeling: 'prognose-aannames', parameter, jaar: year, waarde: field.value });
    }
  }
  if (body.overschrijvingen.length === 0) delete body.overschrijvingen;
  if (body.overbruggingskosten.length === 0) delete body.overbruggingskosten;
  return { body, fields };
}

export function clearErrors() {
  for (const message of form.querySelectorAll('.veldfout')) message.remove();
  for (const field of form.querySelectorAll('[aria-invalid]')) { field.removeAttribute('aria-invalid'); field.removeAttribute('aria-describedby'); }
  form.querySelector('#gemeente-formfout').replaceChildren();
}

/** The field of a JSON path, or of its nearest parent path (trajecten[2].prijs, trajecten[2], …). */
function fieldOf(fields, path) {
  for (let p = path; p; p = p.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
    if (fields.has(p)) return fields.get(p);
    if (!/(\.[^.[\]]+|\[\d+\])$/.test(p)) break;
  }
  return null;
}

/** Shows each error of a 400 beside its field; returns the first field with an error (to move the focus to). */
export function showErrors(errors, fields) {
  clearErrors();
  const loose = [];
  let first = null;
  for (const [path, messages] of Object.entries(errors)) {
    const field = fieldOf(fields, path);
    if (!field) { loose.push(`${path}: ${messages.join(' ')}`); continue; }
    const id = `fout-${++counter}`;
    const existing = field.getAttribute('aria-describedby');
    field.setAttribute('aria-invalid', 'true');
    field.setAttribute('aria-describedby', existing ? `${existing} ${id}` : id);
    field.after(el('p', { class: 'veldfout', id }, messages.join(' ')));
    first ??= field;
  }
  if (loose.length > 0) form.querySelector('#gemeente-formfout').replaceChildren(el('p', {}, 'De invoer is niet goed:'), el('ul', {}, loose.map(t => el('li', {}, t))));
  return first;
}

export function showFormError(text) {
  form.querySelector('#gemeente-formfout').replaceChildren(el('p', {}, text));
}

export function setStatus(text) { form.querySelector('#gemeente-status').textContent = text; }
