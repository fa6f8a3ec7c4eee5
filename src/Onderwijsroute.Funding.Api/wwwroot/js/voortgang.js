// One progress bar for the uncertainty analyses that run at the same time: the mean of their fractions done, with
// the percentage and an estimate of the time left (elapsed time × what is left / what is done).
const $ = id => document.getElementById(id);
const parts = new Map();
let started = 0;

function render() {
  const fractions = [...parts.values()];
  const done = fractions.length ? fractions.reduce((a, b) => a + b, 0) / fractions.length : 1;
  const percentage = Math.floor(done * 100);
  $('voortgang-balk').value = percentage;
  const elapsed = (performance.now() - started) / 1000;
  const left = done > 0.01 ? Math.max(0, Math.round((elapsed * (1 - done)) / done)) : null;
  $('voortgang-tekst').textContent = `Onzekerheidsanalyses: ${percentage}%`
    + (done >= 1 ? ', klaar.' : left == null ? ', de resterende tijd wordt nog geschat…' : `, nog ongeveer ${left} s.`);
}

/** Starts tracking a piece of work under a key (fraction 0). */
export function begin(key) {
  if (parts.size === 0 || [...parts.values()].every(f => f >= 1)) { parts.clear(); started = performance.now(); }
  parts.set(key, 0);
  $('scenarios-voortgang').hidden = false;
  render();
}

export function report(key, fraction) { parts.set(key, Math.min(1, fraction)); render(); }

export function finish(key) { parts.set(key, 1); render(); }
