// Colour classes of the map. Zero is its own class; with values of both signs the scale diverges around it (negatives
// blue, positives red), else it is sequential from zero. Classes split the values of one sign by rank (quantiles),
// and a class boundary that repeats is dropped, so no class is empty and no legend reads "€ 0 tot € 0".
const negativeColours = ['#2166ac', '#67a9cf', '#d1e5f0'];
const positiveColours = ['#fddbc7', '#ef8a62', '#b2182b'];
const sequentialColours = ['#deebf7', '#9ecae1', '#4292c6', '#08519c'];
export const zeroColour = '#bdbdbd';
export const missingColour = '#ffffff';

/** Strictly increasing upper bounds that split sorted values into at most n groups of about equal size. */
function rankClasses(sorted, n) {
  if (sorted.length === 0) return [];
  const groups = [];
  let start = 0;
  for (let i = 1; i <= n && start < sorted.length; i++) {
    let end = Math.max(start + 1, Math.round((i * sorted.length) / n));
    while (end < sorted.length && sorted[end] === sorted[end - 1]) end++; // equal values stay in one class
    groups.push(sorted.slice(start, end));
    start = end;
  }
  if (start < sorted.length) groups.at(-1).push(...sorted.slice(start));
  return groups.map(g => ({ min: g[0], max: g.at(-1), count: g.length }));
}

/** The classes of a list of values (null: no value): [{ min, max, count, colour, zero? }], lowest first. */
export function scaleOf(values) {
  const present = values.filter(v => v != null);
  const negatives = present.filter(v => v < 0).sort((a, b) => a - b);
  const positives = present.filter(v => v > 0).sort((a, b) => a - b);
  const zeros = present.filter(v => v === 0).length;
  const diverging = negatives.length > 0 && positives.length > 0;
  const negativeClasses = rankClasses(negatives, diverging ? 3 : sequentialColours.length);
  const positiveClasses = rankClasses(positives, diverging ? 3 : sequentialColours.length);
  const classes = [];
  if (diverging || negatives.length > 0) {
    const list = diverging ? negativeColours : [...sequentialColours].reverse();
    negativeClasses.forEach((c, i) => classes.push({ ...c, colour: list.slice(0, negativeClasses.length)[i] }));
  }
  if (zeros > 0) classes.push({ min: 0, max: 0, count: zeros, colour: zeroColour, zero: true });
  const list = diverging ? positiveColours : sequentialColours;
  positiveClasses.forEach((c, i) => classes.push({ ...c, colour: list.slice(-positiveClasses.length)[i] }));
  return classes;
}

export function colourIn(classes, v) {
  if (v == null) return missingColour;
  if (v === 0) return zeroColour;
  return classes.find(c => !c.zero && v >= c.min && v <= c.max)?.colour ?? missingColour;
}
