/** Offers a file to download from text or bytes made in the browser (nothing is uploaded). */

/** Starts the download of `content` as `fileName`. */
export function downloadText(content: string | Uint8Array, fileName: string, type: string): void {
  const blob = new Blob([content as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.className = 'visually-hidden';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
