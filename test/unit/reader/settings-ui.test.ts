import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => import('./support/browser-mock'));

const { applySettings } = await import('../../../src/reader/apply-settings');
const { createSettingsForm } = await import('../../../src/reader/settings-form');
const { DEFAULT_SETTINGS } = await import('../../../src/shared/settings');

describe('applySettings', () => {
  it('sets data-theme/data-font and the CSS custom properties on :root', () => {
    const root = document.documentElement;
    applySettings(
      { ...DEFAULT_SETTINGS, theme: 'sepia', font: 'sans', fontSize: 22, lineWidth: 72, lineHeight: 1.75, otherSiteImages: 'click' },
      root,
    );
    expect(root.dataset.theme).toBe('sepia');
    expect(root.dataset.font).toBe('sans');
    expect(root.style.getPropertyValue('--cp-font-size')).toBe('22px');
    expect(root.style.getPropertyValue('--cp-line-width')).toBe('72ch');
    expect(root.style.getPropertyValue('--cp-line-height')).toBe('1.75');
    applySettings(DEFAULT_SETTINGS, root);
    expect(root.dataset.theme).toBe('auto');
    expect(root.style.getPropertyValue('--cp-font-size')).toBe('19px');
  });
});

describe('settings form', () => {
  it('shows the given settings and reports each change as a partial', () => {
    const onChange = vi.fn();
    const form = createSettingsForm({ ...DEFAULT_SETTINGS, theme: 'dark', fontSize: 24 }, onChange, 't');
    document.body.replaceChildren(form.element);
    expect(document.querySelector<HTMLInputElement>('#t-theme-dark')?.checked).toBe(true);
    const size = document.querySelector<HTMLInputElement>('#t-fontSize');
    expect(size?.value).toBe('24');
    expect(size?.getAttribute('aria-valuetext')).toBe('24 px');
    expect(document.querySelector('label[for="t-fontSize"]')?.textContent).toBe('Text size');

    const sepia = document.querySelector<HTMLInputElement>('#t-theme-sepia');
    sepia?.click();
    expect(onChange).toHaveBeenLastCalledWith({ theme: 'sepia' });

    document.querySelector<HTMLInputElement>('#t-font-sans')?.click();
    expect(onChange).toHaveBeenLastCalledWith({ font: 'sans' });

    // Images from other sites: Always (the default) or On click.
    expect(document.querySelector<HTMLInputElement>('#t-otherSiteImages-always')?.checked).toBe(true);
    expect(document.querySelector('label[for="t-otherSiteImages-click"]')?.textContent).toBe('On click');
    document.querySelector<HTMLInputElement>('#t-otherSiteImages-click')?.click();
    expect(onChange).toHaveBeenLastCalledWith({ otherSiteImages: 'click' });
    form.update({ ...DEFAULT_SETTINGS, otherSiteImages: 'always' });
    expect(document.querySelector<HTMLInputElement>('#t-otherSiteImages-always')?.checked).toBe(true);

    const height = document.querySelector<HTMLInputElement>('#t-lineHeight');
    if (!height) throw new Error('no line height input');
    height.value = '1.8';
    height.dispatchEvent(new Event('input', { bubbles: true }));
    expect(onChange).toHaveBeenLastCalledWith({ lineHeight: 1.8 });
    expect(height.getAttribute('aria-valuetext')).toBe('1.80 × text size');
  });

  it('update() reflects outside changes without reporting them; reset restores defaults', () => {
    const onChange = vi.fn();
    const form = createSettingsForm(DEFAULT_SETTINGS, onChange, 'u');
    document.body.replaceChildren(form.element);
    form.update({ ...DEFAULT_SETTINGS, theme: 'light', lineWidth: 80 });
    expect(document.querySelector<HTMLInputElement>('#u-theme-light')?.checked).toBe(true);
    expect(document.querySelector<HTMLInputElement>('#u-lineWidth')?.value).toBe('80');
    expect(document.querySelector('output[for="u-lineWidth"]')?.textContent).toBe('80 characters');
    expect(onChange).not.toHaveBeenCalled();

    document.querySelector<HTMLButtonElement>('.cp-settings-reset')?.click();
    expect(onChange).toHaveBeenCalledExactlyOnceWith(DEFAULT_SETTINGS);
    expect(document.querySelector<HTMLInputElement>('#u-theme-auto')?.checked).toBe(true);
  });

  it('labels every control (keyboard and screen-reader reachable)', () => {
    const form = createSettingsForm(DEFAULT_SETTINGS, vi.fn(), 'a');
    document.body.replaceChildren(form.element);
    for (const input of document.querySelectorAll('input')) {
      expect(document.querySelector(`label[for="${input.id}"]`), input.id).not.toBeNull();
    }
    expect(document.querySelectorAll('fieldset legend')).toHaveLength(5); // theme, font, other sites' images, Markdown links, Markdown images
  });
});

describe('typography settings (issue 12)', () => {
  it('offers the hyperlegible and monospace fonts, paragraph spacing, justification and hyphenation', () => {
    const onChange = vi.fn();
    const form = createSettingsForm(DEFAULT_SETTINGS, onChange, 'ty');
    document.body.replaceChildren(form.element);
    expect([...document.querySelectorAll<HTMLInputElement>('input[name="font"]')].map((i) => i.value)).toEqual([
      'serif',
      'sans',
      'hyperlegible',
      'mono',
    ]);
    document.querySelector<HTMLInputElement>('#ty-font-hyperlegible')?.click();
    expect(onChange).toHaveBeenLastCalledWith({ font: 'hyperlegible' });

    const justify = document.querySelector<HTMLInputElement>('#ty-justify');
    const hyphenate = document.querySelector<HTMLInputElement>('#ty-hyphenate');
    expect([justify?.checked, hyphenate?.checked]).toEqual([false, true]);
    expect(document.querySelector('label[for="ty-justify"]')?.textContent).toBe('Justify text');
    justify?.click();
    expect(onChange).toHaveBeenLastCalledWith({ justify: true });
    hyphenate?.click();
    expect(onChange).toHaveBeenLastCalledWith({ hyphenate: false });

    const spacing = document.querySelector<HTMLInputElement>('#ty-paragraphSpacing');
    if (!spacing) throw new Error('no paragraph spacing input');
    spacing.value = '1.5';
    spacing.dispatchEvent(new Event('input', { bubbles: true }));
    expect(onChange).toHaveBeenLastCalledWith({ paragraphSpacing: 1.5 });
    expect(spacing.getAttribute('aria-valuetext')).toBe('1.50 em');

    form.update({ ...DEFAULT_SETTINGS, justify: true, hyphenate: false });
    expect([justify?.checked, hyphenate?.checked]).toEqual([true, false]);
  });

  it("writes the slider values with the UI language's decimal sign, as the dates are", async () => {
    const browser = (await import('webextension-polyfill')).default;
    const ui = vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('de');
    try {
      const form = createSettingsForm({ ...DEFAULT_SETTINGS, lineHeight: 1.8, paragraphSpacing: 1.25 }, vi.fn(), 'de').element;
      expect(form.querySelector('#de-lineHeight')?.getAttribute('aria-valuetext')).toBe('1,80 × text size');
      expect(form.querySelector('#de-paragraphSpacing')?.getAttribute('aria-valuetext')).toBe('1,25 em');
      expect(form.querySelector('#de-fontSize')?.getAttribute('aria-valuetext')).toBe('19 px');
    } finally {
      ui.mockRestore();
    }
  });

  it('applies them to <html>: data-font, data-justify, data-hyphens and the paragraph spacing', () => {
    const root = document.documentElement;
    applySettings({ ...DEFAULT_SETTINGS, font: 'mono', justify: true, hyphenate: false, paragraphSpacing: 2 }, root);
    expect([root.dataset.font, root.dataset.justify, root.dataset.hyphens]).toEqual(['mono', 'on', 'off']);
    expect(root.style.getPropertyValue('--cp-paragraph-spacing')).toBe('2em');
    applySettings(DEFAULT_SETTINGS, root);
    expect([root.dataset.font, root.dataset.justify, root.dataset.hyphens]).toEqual(['serif', 'off', 'auto']);
    expect(root.style.getPropertyValue('--cp-paragraph-spacing')).toBe('1em');
  });
});
