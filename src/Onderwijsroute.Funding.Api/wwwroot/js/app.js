// Hash routes: #kaart (default), #gemeente/GM0014, #scenarios. Other fragments (skip links) leave the view as it is.
import { apiKey, setApiKey } from './api.js';
import * as kaart from './kaart.js';
import * as gemeente from './gemeente.js';
import * as scenarios from './scenarios.js';

const views = ['kaart', 'gemeente', 'scenarios'];

function route() {
  const hash = decodeURIComponent(location.hash.slice(1));
  const [view, argument] = hash.split('/');
  if (hash !== '' && !views.includes(view)) return;
  const active = views.includes(view) ? view : 'kaart';
  for (const name of views) document.getElementById(`view-${name}`).hidden = name !== active;
  for (const link of document.querySelectorAll('nav a[data-view]')) {
    if (link.dataset.view === active) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
  }
  const titles = { kaart: 'Kaart', gemeente: 'Gemeente', scenarios: "Scenario's" };
  document.title = `${titles[active]} – Onderwijsroute financiering`;
  document.getElementById('melding').textContent = '';
  const done = active === 'kaart' ? kaart.show() : active === 'gemeente' ? gemeente.show((argument ?? 'GM0014').toUpperCase()) : scenarios.show();
  document.body.dataset.view = active;
  document.body.dataset.klaar = 'nee';
  done.then(() => { document.body.dataset.klaar = 'ja'; }, error => {
    const melding = document.getElementById('melding');
    melding.textContent = `De weergave kon niet worden geladen: ${error.message}`;
    melding.classList.add('fout');
    document.body.dataset.klaar = 'fout';
  });
}

const keyField = document.getElementById('api-sleutel');
keyField.value = apiKey();
keyField.addEventListener('change', () => setApiKey(keyField.value.trim()));
document.getElementById('api-sleutel-wis').addEventListener('click', () => { keyField.value = ''; setApiKey(''); });

window.addEventListener('hashchange', route);
route();
