/** Text made safe for HTML and XML element content and attribute values (& < > " '). */
export declare function escapeHtml(text: string): string;
