// Starts Pagefind's search UI on the search page and runs the query from ?q= at once.
// Results come in order of relevance; the "Order" menu sorts them by date instead
// (?sort=newest or ?sort=oldest). Undated articles carry sort keys that put them
// last either way, so sorting never hides them (Pagefind leaves out pages without
// the sort key asked for).
const SORTS = {
  newest: { newest: 'desc' },
  oldest: { oldest: 'asc' },
};

window.addEventListener('DOMContentLoaded', () => {
  const element = document.getElementById('search');
  if (!element || typeof window.PagefindUI !== 'function') return;
  const params = new URLSearchParams(window.location.search);
  const order = document.getElementById('search-sort');
  const chosen = params.get('sort');
  if (order) {
    order.value = chosen && chosen in SORTS ? chosen : '';
    order.closest('.search-sort')?.removeAttribute('hidden');
  }

  const ui = new window.PagefindUI({
    element: '#search',
    bundlePath: element.dataset.bundlePath,
    baseUrl: element.dataset.baseUrl,
    showImages: false,
    showSubResults: false,
    resetStyles: false,
    ...(order && order.value in SORTS ? { sort: SORTS[order.value] } : {}),
  });
  // Give Pagefind's search field a visible label, as every form field should have.
  const input = element.querySelector('input.pagefind-ui__search-input');
  if (input) {
    input.id = 'search-query';
    const label = document.createElement('label');
    label.htmlFor = 'search-query';
    label.className = 'search-label';
    label.textContent = 'Search the full text of every article';
    input.closest('form')?.before(label);
  }
  const query = params.get('q');
  if (query) ui.triggerSearch(query);
  const box = document.getElementById('site-search');
  if (box && query) box.value = query;

  // A new order is a new address (?q=...&sort=...), loaded as any link would be: it can be
  // bookmarked and shared, and Pagefind's UI starts afresh with the sort it asks for.
  order?.addEventListener('change', () => {
    const next = new URLSearchParams(window.location.search);
    const current = input?.value.trim() ?? '';
    if (current) next.set('q', current);
    if (order.value in SORTS) next.set('sort', order.value);
    else next.delete('sort');
    window.location.search = next.toString();
  });
});
