/**
 * « Signaler une erreur » links (`[data-report-template]`): when followed, the address the reader
 * sees (origin + path, no query, no hash: never anything typed) replaces the build-time one.
 */
export function installReportLinks(): void {
  const fillIn = (e: Event) => {
    const a = (e.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-report-template]');
    if (a) a.href = (a.dataset.reportTemplate ?? '').split('%7Bpage%7D').join(encodeURIComponent(location.origin + location.pathname));
  };
  document.addEventListener('click', fillIn);
  document.addEventListener('focusin', fillIn);
}
