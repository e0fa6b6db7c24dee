/** Saves text as a file through the browser's download, the way any "Export" button does. */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; revoking it later frees the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
