const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const euroCent = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** Per inhabitant amounts are often far below one euro and close together: three significant digits keep classes apart. */
const euroPerInhabitant = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumSignificantDigits: 3 });
const count = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

export const formatEuro = v => (v == null || Number.isNaN(v) ? '–' : euro.format(v));
export const formatEuroCent = v => (v == null || Number.isNaN(v) ? '–' : euroCent.format(v));
export const formatEuroPerInhabitant = v => (v == null || Number.isNaN(v) ? '–' : euroPerInhabitant.format(v));
export const formatCount = v => (v == null ? '–' : count.format(v));
export const formatNumber = v => (v == null ? '–' : decimal.format(v));

/** Builds an element: el('td', { class: 'x' }, 'text', child). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value == null) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child == null) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** Fills a table: caption, header row, body rows (first cell of each row is a row header). */
export function fillTable(table, caption, headers, rows) {
  // A scrolling table must be reachable by keyboard (axe: scrollable-region-focusable), as a named region.
  const scroller = table.closest('.tabel-scroll');
  if (scroller) {
    scroller.setAttribute('tabindex', '0');
    scroller.setAttribute('role', 'region');
    scroller.setAttribute('aria-label', caption);
  }
  table.replaceChildren(
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, headers.map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows.map(cells => el('tr', {}, cells.map((c, i) => (i === 0 ? el('th', { scope: 'row' }, c) : el('td', {}, ...[c].flat())))))));
}

/** Colours that keep ≥ 3:1 against white and differ in lightness as well as hue. */
export const seriesColours = ['#154273', '#c2410c', '#047857', '#7e22ce', '#a16207'];

/** Hands a downloaded file to the browser under the given name. */
export function saveFile(blob, name) {
  const link = el('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}
