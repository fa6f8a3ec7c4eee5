// How a figure was computed: the explanation the API gives with it (parameters with status and source, counts, dates,
// remarks), shown in one panel beside the figures when a figure is opened.
import { el, formatCount } from './format.js';

const statusText = { bevestigd: 'bevestigd (primaire bron)', secundair: 'secundaire bron', afgeleid: 'afgeleid', aanname: 'aanname' };

function parameterText(p) {
  const period = `${p.geldigVan} – ${p.geldigTot ?? 'open'}`;
  const source = p.bronTitel ? `${p.bronTitel}${p.bronVindplaats ? `, ${p.bronVindplaats}` : ''}` : (p.overschreven ? 'eigen invoer (overschrijving)' : 'geen bron');
  return [
    el('strong', {}, `${p.regeling} / ${p.naam}: ${p.waarde}${p.eenheid === 'tekst' ? '' : ` (${p.eenheid})`}`),
    ` — ${statusText[p.status] ?? p.status}; geldig ${period}; bron: ${source}`,
    p.formule ? el('span', { class: 'klein' }, ` Formule: ${p.formule}.`) : null,
    p.toelichting ? el('span', { class: 'klein' }, ` ${p.toelichting}`) : null,
  ];
}

/** The explanation of one figure as a list of parameters, counts, dates and remarks. */
export function explanationNodes(toelichting) {
  if (!toelichting) return [el('p', {}, 'Bij dit cijfer hoort geen aparte toelichting.')];
  const parts = [];
  if (toelichting.parameters?.length) {
    parts.push(el('h4', {}, 'Parameters'), el('ul', {}, toelichting.parameters.map(p => el('li', {}, parameterText(p)))));
  }
  if (toelichting.aantallen?.length) {
    parts.push(el('h4', {}, 'Aantallen'), el('ul', {}, toelichting.aantallen.map(a => el('li', {}, `${a.naam}: ${formatCount(a.waarde)}`))));
  }
  if (toelichting.peildata?.length) {
    parts.push(el('h4', {}, 'Peildata'), el('ul', {}, toelichting.peildata.map(d => el('li', {}, `${d.naam}: ${d.datum}`))));
  }
  if (toelichting.overschrijvingen?.length) {
    parts.push(el('h4', {}, 'Overschrijvingen'), el('ul', {}, toelichting.overschrijvingen.map(o => el('li', {}, `${o.regeling} / ${o.parameter} = ${o.waarde} (${o.van} – ${o.tot ?? 'open'}): ${o.reden}`))));
  }
  if (toelichting.opmerkingen?.length) {
    parts.push(el('h4', {}, 'Opmerkingen'), el('ul', {}, toelichting.opmerkingen.map(o => el('li', {}, o))));
  }
  parts.push(el('p', { class: 'klein' }, `Parameterversie ${toelichting.parameterVersie}`));
  return parts;
}

/**
 * A register of openable figures: each figure is a button in its table cell; opening it fills the panel with its
 * explanation. Returns the function that makes such a button.
 */
export function figureButtons(panel) {
  const explanations = [];
  panel.replaceChildren(el('p', {}, 'Klik op een bedrag om te zien hoe het is berekend.'));
  return (text, title, toelichting) => {
    const button = el('button', { type: 'button', class: 'cijfer', 'aria-controls': panel.id }, text);
    explanations.push(button);
    button.addEventListener('click', () => {
      panel.replaceChildren(el('h3', { tabindex: '-1' }, `Hoe is dit berekend: ${title}`), el('p', {}, `Bedrag: ${text}`), ...explanationNodes(toelichting));
      panel.querySelector('h3').focus();
    });
    return button;
  };
}
