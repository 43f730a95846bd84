// Text put into HTML written by hand (the server's own error pages, the local stand-ins' pages).
// Plain JavaScript so that scripts/serve.js can import it too.
/** @param {string} text */
export const escapeHtml = (text) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
