export declare const LANGS: readonly ['id', 'en'];
export type Lang = (typeof LANGS)[number];
export declare const DEFAULT_LANG: Lang;
export type Env = Record<string, string | undefined>;

/** A language from a `--lang` value or a locale (`en_US.UTF-8`, `id-ID`, `in`); undefined for others. */
export declare function parseLang(value: string | undefined): Lang | undefined;
/** The language of LC_ALL, LC_MESSAGES, LANG (first set wins): English only when it says English. */
export declare function localeLang(env: Env): Lang;
/** The raw `--lang` value (`--lang en`, `--lang=en`), `''` when it has none, undefined when absent. */
export declare function langFlag(argv: readonly string[]): string | undefined;

export interface DetectedLang {
  /** The language to speak: the flag's when it is valid, else the locale's. */
  lang: Lang;
  /** The `--lang` value when it names no language we speak: the caller refuses it (in `lang`). */
  refused?: string;
}
/** The command line without `--lang x` / `--lang=x`: what a CLI hands on to another program (Astro). */
export declare function withoutLangFlag(argv: readonly string[]): string[];

/** `--lang` wins; otherwise the locale. An unknown `--lang` value is reported, never guessed at. */
export declare function detectLang(argv: readonly string[], env: Env): DetectedLang;
