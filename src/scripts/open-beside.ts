/**
 * « Ouvrir à côté de PASS » links (`a[data-open-beside]`): a narrow window (420 px) that can sit
 * beside PASS's. When the browser refuses pop-ups (or on a phone), the link opens in this tab.
 */
document.addEventListener('click', (e) => {
  if (e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
  const a = (e.target as Element | null)?.closest<HTMLAnchorElement>('a[data-open-beside]');
  if (!a) return;
  const height = Math.min(window.screen.availHeight || 900, 1000);
  const win = window.open(a.href, 'recopier-pass', `popup,width=420,height=${height}`);
  if (win) {
    e.preventDefault();
    win.focus();
  }
});
