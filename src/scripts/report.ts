/**
 * « Signaler une erreur » links (`[data-report-template]`): puts the address the reader sees
 * (origin + path, no query, no hash: never anything typed) in place of the build-time one.
 */
export function fillReportLinks(): void {
  const page = encodeURIComponent(location.origin + location.pathname);
  document.querySelectorAll<HTMLAnchorElement>('a[data-report-template]').forEach((a) => {
    a.href = (a.dataset.reportTemplate ?? '').split(encodeURIComponent('{page}')).join(page).split('{page}').join(page);
  });
}
