// Progressive comfort only: every page works without this file.
// 1. After choosing "grams" in an add-food form, suggest 100 instead of 1.
// 2. Ask for confirmation before deleting a diary row.
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
