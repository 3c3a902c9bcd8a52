/** Saves `text` as a file download named `fileName`, through a temporary Blob link. */
export const saveTextFile = (text: string, fileName: string, mimeType: string): void => {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');

  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoking right after click() can cancel the download in some browsers, so wait a tick.
  setTimeout(() => URL.revokeObjectURL(url), 0);
};
