// A new scenario made from an existing one with a form (no JSON): the chosen scenario's document
// (GET /v1/scenarios/{id}) with the budgets per year, the guaranteed price, the projection variant, the spread and the
// count definition changed, stored with POST /v1/scenarios (a ministerie key). Errors appear beside their fields.
// An override's value is written as API 1.1 asks: a JSON number for an amount, text only for a text value.
import { json } from './api.js';
import { el } from './format.js';

const $ = id => document.getElementById(id);
const potYears = [2026, 2027, 2028, 2029, 2030];
let counter = 0;

export function buildForm(onCreated) {
  $('nieuw-budgetten').replaceChildren(...potYears.map(y => el('div', { class: 'veld' },
    el('label', { for: `nieuw-budget-${y}` }, `Pot ${y} (€)`),
    el('input', { id: `nieuw-budget-${y}`, type: 'number', min: 0, step: 1, inputmode: 'numeric', placeholder: 'zoals basis' }))));
  $('nieuw-formulier').addEventListener('submit', async event => {
    event.preventDefault();
    await create(onCreated);
  });
}

export function fillBases(choices) {
  const current = $('nieuw-basis').value;
  $('nieuw-basis').replaceChildren(...choices.map(c => el('option', { value: c.id }, c.naam)));
  if (current) $('nieuw-basis').value = current;
}

const numberOrNull = id => ($(id).value === '' ? null : Number($(id).value));

/** The new document and, per JSON path, the field it came from. */
async function documentFrom(base) {
  const doc = structuredClone(base.invoer);
  const fields = new Map([['naam', $('nieuw-naam')]]);
  doc.naam = $('nieuw-naam').value.trim();
  doc.omschrijving = `Gemaakt op de pagina vanuit '${base.naam}'.`;
  const budgets = potYears.map(y => [y, numberOrNull(`nieuw-budget-${y}`)]).filter(([, v]) => v !== null);
  if (budgets.length > 0 || $('nieuw-telling').value) {
    doc.budgetpot ??= { status: 'aanname', bron: 'Eigen invoer op de pagina', verdeelsleutel: 'aantal-einde-jaar', bedragPerJaar: {} };
    for (const [y, v] of budgets) { doc.budgetpot.bedragPerJaar[y] = v; fields.set(`budgetpot.bedragPerJaar.${y}`, $(`nieuw-budget-${y}`)); fields.set(`budgetpot.bedragPerJaar[${y}]`, $(`nieuw-budget-${y}`)); }
    if ($('nieuw-telling').value) { doc.budgetpot.telling = $('nieuw-telling').value; fields.set('budgetpot.telling', $('nieuw-telling')); }
    fields.set('budgetpot', $('nieuw-budget-2026'));
  }
  doc.overschrijvingen = [...(doc.overschrijvingen ?? [])];
  const override = (regeling, parameter, waarde, field, reden) => {
    const kept = doc.overschrijvingen.filter(o => !(o.regeling === regeling && o.parameter === parameter));
    doc.overschrijvingen = [...kept, { regeling, parameter, van: regeling === 'prognose-aannames' ? `${doc.jaren?.van ?? 2022}-01-01` : '2026-01-01', waarde, reden }];
    fields.set(`overschrijvingen[${doc.overschrijvingen.length - 1}]`, field);
  };
  const price = numberOrNull('nieuw-garantieprijs');
  if (price !== null) override('spuk-onderwijsroute-toeslag-2026', 'gegarandeerde-trajectprijs', price, $('nieuw-garantieprijs'), 'Scenario van de pagina: gegarandeerde trajectprijs');
  if ($('nieuw-variant').value) override('prognose-aannames', 'projectievariant', $('nieuw-variant').value, $('nieuw-variant'), 'Scenario van de pagina: projectievariant');
  // Overrides the loop above kept keep their own index; map them too, so their errors land near the form.
  doc.overschrijvingen.forEach((_, i) => { if (!fields.has(`overschrijvingen[${i}]`)) fields.set(`overschrijvingen[${i}]`, $('nieuw-garantieprijs')); });
  if (doc.overschrijvingen.length === 0) delete doc.overschrijvingen;
  const vcParticipants = numberOrNull('nieuw-vc-deelnemers');
  const vcPrice = numberOrNull('nieuw-vc-prijs');
  if (vcParticipants !== null || vcPrice !== null) {
    doc.onzekerheid ??= { status: 'aanname', bron: 'Eigen invoer op de pagina' };
    if (vcParticipants !== null) { doc.onzekerheid.variatiecoefficientDeelnemers = vcParticipants; fields.set('onzekerheid.variatiecoefficientDeelnemers', $('nieuw-vc-deelnemers')); }
    if (vcPrice !== null) { doc.onzekerheid.variatiecoefficientPrijs = vcPrice; fields.set('onzekerheid.variatiecoefficientPrijs', $('nieuw-vc-prijs')); }
  }
  return { doc, fields };
}

function clearErrors() {
  for (const m of $('nieuw-formulier').querySelectorAll('.veldfout')) m.remove();
  for (const f of $('nieuw-formulier').querySelectorAll('[aria-invalid]')) { f.removeAttribute('aria-invalid'); f.removeAttribute('aria-describedby'); }
  $('nieuw-fouten').replaceChildren();
}

function fieldOf(fields, path) {
  for (let p = path; p; ) {
    if (fields.has(p)) return fields.get(p);
    const shorter = p.replace(/(\.[^.[\]]+|\[[^\]]+\])$/, '');
    if (shorter === p) break;
    p = shorter;
  }
  return null;
}

function showErrors(errors, fields) {
  const loose = [];
  let first = null;
  for (const [path, messages] of Object.entries(errors)) {
    const field = fieldOf(fields, path);
    if (!field) { loose.push(`${path}: ${messages.join(' ')}`); continue; }
    const id = `nieuw-fout-${++counter}`;
    field.setAttribute('aria-invalid', 'true');
    field.setAttribute('aria-describedby', id);
    field.after(el('p', { class: 'veldfout', id }, `${path}: ${messages.join(' ')}`));
    first ??= field;
  }
  if (loose.length) $('nieuw-fouten').replaceChildren(el('ul', {}, loose.map(t => el('li', {}, t))));
  first?.focus();
}

async function create(onCreated) {
  clearErrors();
  if (!$('nieuw-naam').value.trim()) { showErrors({ naam: ['Geef het nieuwe scenario een naam.'] }, new Map([['naam', $('nieuw-naam')]])); return; }
  $('nieuw-status').textContent = 'Het scenario wordt gemaakt…';
  let created;
  let fields = new Map();
  try {
    const base = await json(`v1/scenarios/${encodeURIComponent($('nieuw-basis').value)}`);
    const made = await documentFrom(base);
    fields = made.fields;
    created = await json('v1/scenarios', { method: 'POST', body: made.doc });
  } catch (e) {
    $('nieuw-status').textContent = '';
    if (e.problem?.errors) showErrors(e.problem.errors, fields);
    else $('nieuw-fouten').replaceChildren(el('p', {}, e.status === 401 || e.status === 403 ? `Een nieuw scenario vraagt een API-sleutel van het ministerie (onderaan de pagina): ${e.message}` : `Het scenario kon niet worden gemaakt: ${e.message}`));
    return;
  }
  $('nieuw-status').textContent = `Scenario '${created.naam}' is gemaakt; het wordt doorgerekend.`;
  await onCreated(created);
}
