// A real download: a Blob behind an object URL, clicked through a temporary <a download>.
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the URL when the download starts, which may be after this returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
