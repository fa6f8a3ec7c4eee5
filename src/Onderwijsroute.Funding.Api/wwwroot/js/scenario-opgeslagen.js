// The runs and uncertainty analyses stored in the service (GET /v1/doorrekeningen and GET /v1/onzekerheidsanalyses,
// a ministerie key), newest first, each with its files (xlsx, CSV for Dutch Excel): what an analyst made earlier, also
// in another session, can be found and downloaded again. Reading the lists stores nothing.
import { apiKey, json, request } from './api.js';
import { el, fillTable, formatCount, saveFile } from './format.js';

const $ = id => document.getElementById(id);
const newest = 10;
const formats = [['xlsx', 'xlsx', 'xlsx'], ['csv-excel', 'CSV voor Excel', 'csv']];

export async function listStored() {
  $('gemaakt-blok').hidden = apiKey() === '';
  if (!apiKey()) return;
  let runs;
  let analyses;
  try {
    [runs, analyses] = await Promise.all([
      json(`v1/doorrekeningen?paginaGrootte=${newest}`),
      json(`v1/onzekerheidsanalyses?paginaGrootte=${newest}`),
    ]);
  } catch (e) {
    $('gemaakt-melding').textContent = `De opgeslagen doorrekeningen en analyses konden niet worden gelezen: ${e.message}`;
    return;
  }
  $('gemaakt-melding').textContent = '';
  const rows = [
    ...runs.doorrekeningen.map(r => ({ at: r.berekendOp, cells: ['doorrekening', r.scenarioNaam, when(r.berekendOp), '–', 'gereed', files(r.href, `doorrekening-${r.scenarioNaam}`)] })),
    ...analyses.onzekerheidsanalyses.map(a => ({
      at: a.aangemaaktOp,
      cells: ['onzekerheidsanalyse', a.scenarioNaam, when(a.aangemaaktOp), formatCount(a.voortgang.trekkingen),
        a.status === 'bezig' ? `bezig (${a.voortgang.percentage}%)` : a.status,
        a.resultaat ? files(a.resultaat, `onzekerheidsanalyse-${a.scenarioNaam}`) : '–'],
    })),
  ].sort((x, y) => Date.parse(y.at) - Date.parse(x.at)).slice(0, newest);
  fillTable($('gemaakt-tabel'),
    `Opgeslagen: ${counted(runs.totaal, 'doorrekening', 'doorrekeningen')} en ${counted(analyses.totaal, 'onzekerheidsanalyse', 'onzekerheidsanalyses')}; hieronder de ${counted(rows.length, 'nieuwste', 'nieuwste')}`,
    ['Soort', 'Scenario', 'Gemaakt op', 'Trekkingen', 'Status', 'Bestanden'], rows.map(r => r.cells));
}

const when = instant => new Date(instant).toLocaleString('nl-NL');
const counted = (n, one, more) => `${formatCount(n)} ${n === 1 ? one : more}`;

function files(href, name) {
  return formats.map(([format, text, extension]) => {
    const b = el('button', { type: 'button', class: 'klein-knop', 'aria-label': `${text} van ${name}` }, text);
    b.addEventListener('click', async () => {
      try {
        const response = await request(`${href.replace(/^\//, '')}?formaat=${format}`, { accept: '*/*' });
        saveFile(await response.blob(), `${name}${format === 'csv-excel' ? '-excel' : ''}.${extension}`);
      } catch (e) {
        $('gemaakt-melding').textContent = `De download is mislukt: ${e.message}`;
      }
    });
    return b;
  });
}
