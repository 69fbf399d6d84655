/** Announces a short message in the page's polite live region (`#annonces`). */
export function announce(message: string): void {
  const region = document.getElementById('annonces');
  if (!region) return;
  region.textContent = '';
  // A new text node after a tick makes screen readers repeat identical messages.
  setTimeout(() => (region.textContent = message), 50);
}
