/** A small default icon (a pencil on a page) so browsers don't log a 404 for /favicon.svg. */
export const DEFAULT_ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b5fbf"/><path d="M9 7h11l4 4v14H9z" fill="#fff"/><path d="M12 15h9M12 19h9M12 23h6" stroke="#0b5fbf" stroke-width="2"/></svg>`;
