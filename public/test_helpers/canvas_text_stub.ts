/**
 * Gives jsdom's canvas a 2D context that measures every text as 0 px wide. jsdom implements no
 * canvas, and `EuiComboBox` measures its input's text with one to size the input.
 */
export const stubCanvasTextMetrics = (): void => {
  const context = { font: '', measureText: (text: string) => ({ width: 0, text }) };

  Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', {
    configurable: true,
    value: () => context,
  });
};
