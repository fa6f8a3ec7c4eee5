// A gemeente's stored forecasts (with a key): list, open, save (POST, or PUT with If-Match on the opened version; a
// 412 explained in words), and recompute with the current parameters showing what changed. Without a key the section
// says what a key would add; nothing is asked of the API.
import { apiKey, json, request } from './api.js';
import { el, fillTable, formatEuro } from './format.js';

const $ = id => document.getElementById(id);
let hooks = null;
let code = null;
let opened = null; // { id, versie, naam }

export function init(given) {
  hooks = given;
  $('opslaan').addEventListener('click', save);
}

export function forgetOpened() { opened = null; $('opslaan-naam').value = ''; $('opslaan-melding').textContent = ''; $('herberekening').replaceChildren(); }

function say(text, error = false) {
  $('opslaan-melding').textContent = text;
  $('opslaan-melding').classList.toggle('fout', error);
}

export async function list(gemeente) {
  code = gemeente;
  const withKey = apiKey() !== '';
  $('opgeslagen-met-sleutel').hidden = !withKey;
  $('opgeslagen-zonder-sleutel').hidden = withKey;
  if (!withKey) return;
  let answer;
  try {
    answer = await json(`v1/gemeenten/${code}/prognoses`);
  } catch (e) {
    say(e.status === 401 || e.status === 403 ? `Deze sleutel mag de prognoses van ${code} niet lezen (${e.message}).` : `De opgeslagen prognoses konden niet worden gelezen: ${e.message}`, true);
    $('opgeslagen-tabel').replaceChildren();
    return;
  }
  fillTable($('opgeslagen-tabel'), `Opgeslagen prognoses van ${code}`, ['Naam', 'Versie', 'Gewijzigd op', 'Parameterversie', 'Acties'],
    answer.prognoses.map(p => [p.naam, String(p.versie), new Date(p.gewijzigdOp).toLocaleString('nl-NL'), p.parameterVersie.slice(0, 15) + '…', [
      button('Open', `Open ${p.naam}`, () => open(p.href)),
      button('Herbereken', `Herbereken ${p.naam} met de parameters van nu`, () => recompute(p.href, p.naam)),
    ]]));
  if (answer.prognoses.length === 0) $('opgeslagen-tabel').querySelector('tbody').append(el('tr', {}, el('td', { colspan: 5 }, 'Nog geen opgeslagen prognoses.')));
}

function button(text, label, action) {
  const b = el('button', { type: 'button', class: 'klein-knop', 'aria-label': label }, text);
  b.addEventListener('click', action);
  return b;
}

async function open(href) {
  try {
    const p = await json(href.replace(/^\//, ''));
    opened = { id: p.id, versie: p.versie, naam: p.naam };
    $('opslaan-naam').value = p.naam;
    hooks.show(p.invoer, p.resultaat, `Geopend: de opgeslagen prognose '${p.naam}' (versie ${p.versie}, parameterversie ${p.parameterVersie.slice(0, 15)}…), met het resultaat zoals toen berekend.`);
    say(`'${p.naam}' versie ${p.versie} geopend; Opslaan vervangt deze versie.`);
  } catch (e) {
    say(`Openen is mislukt: ${e.message}`, true);
  }
}

async function save() {
  const naam = $('opslaan-naam').value.trim();
  if (!naam) { say('Geef de prognose een naam om haar op te slaan.', true); $('opslaan-naam').focus(); return; }
  const { body, fields } = hooks.current();
  const path = opened ? `v1/gemeenten/${code}/prognoses/${opened.id}` : `v1/gemeenten/${code}/prognoses`;
  try {
    const response = await request(path, { method: opened ? 'PUT' : 'POST', body: { ...body, naam }, headers: opened ? { 'If-Match': `"${opened.versie}"` } : {} });
    const p = await response.json();
    opened = { id: p.id, versie: p.versie, naam: p.naam };
    await list(code);
    say(`Opgeslagen: '${p.naam}', versie ${p.versie}.`);
  } catch (e) {
    if (e.status === 412) {
      say(`Niet opgeslagen: iemand anders heeft '${opened.naam}' gewijzigd sinds u versie ${opened.versie} opende. Open de prognose opnieuw om de nieuwste versie te zien (uw invoer gaat dan verloren), of sla uw invoer onder een andere naam op als nieuwe prognose.`, true);
      await list(code);
    } else if (e.problem?.errors) {
      say('Niet opgeslagen: de invoer bevat fouten (zie de velden).', true);
      hooks.onErrors(e.problem.errors, fields);
    } else {
      say(e.status === 401 || e.status === 403 ? `Deze sleutel mag hier niet opslaan (${e.message}).` : `Opslaan is mislukt: ${e.message}`, true);
    }
  }
}

const kinds = { kosten: 'kosten', inkomsten: 'inkomsten', resultaat: 'resultaat', verrekening: 'verrekening', kaspositie: 'kaspositie' };

async function recompute(href, naam) {
  let r;
  try {
    r = await json(`${href.replace(/^\//, '')}/herberekening`);
  } catch (e) {
    say(`Herberekenen is mislukt: ${e.message}`, true);
    return;
  }
  const changes = r.wijzigingen;
  const table = el('table', { id: 'herberekening-tabel' });
  $('herberekening').replaceChildren(
    el('h4', {}, `Herberekend: '${naam}' met de parameters van nu`),
    el('p', {}, r.parametersGewijzigd
      ? `De parameters zijn gewijzigd sinds het opslaan (${r.opgeslagenParameterVersie.slice(0, 15)}… → ${r.huidigeParameterVersie.slice(0, 15)}…); ${changes.length} cijfers verschillen.`
      : `De parameters zijn niet gewijzigd sinds het opslaan; ${changes.length === 0 ? 'geen enkel cijfer verschilt' : `${changes.length} cijfers verschillen`}.`),
    el('div', { class: 'tabel-scroll' }, table));
  fillTable(table, `Wat veranderde in '${naam}' (opgeslagen → nu)`, ['Jaar', 'Soort', 'Post', 'Opgeslagen', 'Nu', 'Verschil'],
    changes.slice(0, 100).map(c => [String(c.jaar), kinds[c.soort] ?? c.soort, c.post, formatEuro(c.opgeslagen), formatEuro(c.huidig), formatEuro(c.verschil)]));
}
