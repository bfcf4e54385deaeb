// Progressive comfort only: every page works without this file.
// 1. After choosing "grams" in an add-food form, suggest 100 instead of 1.
// 2. Ask for confirmation before deleting a diary row.
// 4. Tell the server the browser's time zone (cookie bb_tz), so "today" in the diary is the person's day, not UTC.
document.addEventListener('change', (event) => {
  const select = event.target;
  if (select instanceof HTMLSelectElement && select.name === 'measure') {
    const amount = select.form?.querySelector('input[name="amount"]');
    if (amount && select.value === 'g' && amount.value === '1') amount.value = '100';
  }
});
document.addEventListener('submit', (event) => {
  const form = event.target;
  const handler = form instanceof HTMLFormElement ? new URL(form.action, location.href).searchParams.get('handler') : null;
  if (handler && handler.startsWith('Delete') && handler !== 'Delete' && !window.confirm('Delete this entry?')) event.preventDefault();
});
// 3. Type-ahead for the food search: as the person types, the catalogue's best matches fill the input's <datalist>
//    (the browser shows them, keyboard included); choosing one and pressing Search works as before.
(() => {
  const input = document.querySelector('input[data-typeahead]');
  const list = input && document.getElementById(input.getAttribute('list'));
  if (!input || !list) return;
  let timer = 0;
  let controller = null;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) return;
    timer = setTimeout(async () => {
      controller?.abort();
      controller = new AbortController();
      try {
        const response = await fetch(`${input.dataset.typeahead}?q=${encodeURIComponent(q)}&limit=8`, { signal: controller.signal, headers: { Accept: 'application/json' } });
        if (!response.ok) return;
        const { results } = await response.json();
        list.replaceChildren(...results.map((food) => Object.assign(document.createElement('option'), { value: food.name })));
      } catch {
        // Aborted or offline: the plain search still works.
      }
    }, 150);
  });
})();

(() => {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const cookie = `bb_tz=${encodeURIComponent(zone)}`;
    if (zone && !document.cookie.split('; ').includes(cookie)) document.cookie = `${cookie}; path=/; max-age=31536000; samesite=lax`;
  } catch {
    // No Intl time zone: the server uses UTC.
  }
})();
