// Every call goes to this service's /v1 API. An API key, when the user gave one, lives in sessionStorage only.
const keyName = 'onderwijsroute.apiSleutel';

export function apiKey() { return sessionStorage.getItem(keyName) ?? ''; }
export function setApiKey(value) { value ? sessionStorage.setItem(keyName, value) : sessionStorage.removeItem(keyName); }

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export async function request(path, { method = 'GET', body, accept = 'application/json', headers: extra = {} } = {}) {
  const headers = { Accept: accept, ...extra };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const key = apiKey();
  if (key) headers['X-Api-Key'] = key;
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch { /* not JSON */ }
    throw new ApiError(response.status, problem);
  }
  return response;
}

export async function json(path, options) { return (await request(path, options)).json(); }

const cache = new Map();
/** GET once per page session: reference data and static files do not change while the page is open. */
export function cached(path) {
  if (!cache.has(path)) cache.set(path, json(path).catch(e => { cache.delete(path); throw e; }));
  return cache.get(path);
}
