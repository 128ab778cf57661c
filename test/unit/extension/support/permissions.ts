/** The permissions the extension may ask for in every browser (Chromium adds `offscreen`): the tests' allow-list. */
export const BASE_PERMISSIONS = ['activeTab', 'scripting', 'storage', 'contextMenus', 'clipboardWrite'];
