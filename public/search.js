// Starts Pagefind's search UI on the search page and runs the query from ?q= at once.
window.addEventListener('DOMContentLoaded', () => {
  const element = document.getElementById('search');
  if (!element || typeof window.PagefindUI !== 'function') return;
  const ui = new window.PagefindUI({
    element: '#search',
    bundlePath: element.dataset.bundlePath,
    baseUrl: element.dataset.baseUrl,
    showImages: false,
    showSubResults: false,
    resetStyles: false,
    sort: { date: 'desc' },
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
  const query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
  const box = document.getElementById('site-search');
  if (box && query) box.value = query;
});
