/**
 * Settings become `data-theme`/`data-font` on <html> plus CSS custom properties. Set through the CSSOM
 * (style.setProperty), which a strict `style-src` CSP allows, unlike inline style attributes in markup.
 */
import type { Settings } from '../shared/settings';

export function applySettings(settings: Settings, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = settings.theme;
  root.dataset.font = settings.font;
  root.style.setProperty('--cp-font-size', `${settings.fontSize}px`);
  root.style.setProperty('--cp-line-width', `${settings.lineWidth}ch`);
  root.style.setProperty('--cp-line-height', String(settings.lineHeight));
  root.style.setProperty('--cp-paragraph-spacing', `${settings.paragraphSpacing}em`);
  root.dataset.justify = settings.justify ? 'on' : 'off';
  root.dataset.hyphens = settings.hyphenate ? 'auto' : 'off';
}
