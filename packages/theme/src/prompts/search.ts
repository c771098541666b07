import { styleText } from 'node:util';
import { AutocompletePrompt } from '@clack/core';
import { limitOptions, S_BAR, S_BAR_END, S_CHECKBOX_INACTIVE, S_CHECKBOX_SELECTED, S_RADIO_ACTIVE, S_RADIO_INACTIVE, symbol } from '@clack/prompts';
import type { PromptTranslate } from './messages.ts';
import type { Choice } from './prompter.ts';

/** Lower case without accents, so "pendidikan jasmani" finds "Pendidikan Jasmani…". */
const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Whether every typed word appears in the choice's label, value, hint or keywords. */
export function matchesSearch<T>(search: string, choice: Choice<T>): boolean {
  const haystack = fold([choice.label, String(choice.value), choice.hint ?? '', ...(choice.keywords ?? [])].join(' '));
  return fold(search)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/**
 * The choices that match, best first: an exact slug, short name or alias ("ipa" is IPA, not
 * IPAS), then names that start with what was typed, then the rest in catalog order.
 */
export function rankChoices<T>(search: string, choices: Choice<T>[]): Choice<T>[] {
  const typed = fold(search).trim();
  if (!typed) return [...choices];
  const short = (label: string) => /\(([^()]*)\)\s*$/.exec(label)?.[1] ?? '';
  const rank = (c: Choice<T>) => {
    const exact = [String(c.value), short(c.label), ...(c.keywords ?? [])].some((k) => fold(k) === typed);
    if (exact) return 0;
    return fold(c.label).startsWith(typed) ? 1 : 2;
  };
  return choices
    .filter((c) => matchesSearch(search, c))
    .map((c, i) => ({ c, i, r: rank(c) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map(({ c }) => c);
}

/**
 * clack keeps the highlight on the choice it was on while the list changes under it, so after
 * typing "ipa" it stayed on IPAS, ranked second. Here new text puts it on the best match, the
 * one Enter (or Tab) takes.
 */
class RankedAutocomplete<T extends { value: unknown }> extends AutocompletePrompt<T> {
  protected override _setUserInput(value: string | undefined, write?: boolean): void {
    if ((value ?? '') !== this.userInput) this.focusedValue = undefined;
    super._setUserInput(value, write);
  }
}

interface SearchOptions<T> {
  message: string;
  options: Choice<T>[];
  placeholder?: string;
  maxItems?: number;
}

/**
 * A searchable multi-choice list whose every word is in the user's language (clack's own
 * autocompleteMultiselect has English instructions built in).
 */
export function searchMultiselect<T>(opts: SearchOptions<T> & { initialValues?: T[] }, t: PromptTranslate) {
  return searchPrompt(opts, t, true).prompt() as Promise<T[] | symbol>;
}

/** The same list for one choice: the highlighted one is taken with Enter. */
export function searchSelect<T>(opts: SearchOptions<T>, t: PromptTranslate) {
  return searchPrompt(opts, t, false).prompt() as Promise<T | symbol>;
}

function searchPrompt<T>(opts: SearchOptions<T> & { initialValues?: T[] }, t: PromptTranslate, multiple: boolean) {
  const labelOf = (value: T) => opts.options.find((o) => o.value === value)?.label ?? String(value);
  return new RankedAutocomplete<Choice<T>>({
    // A function of the prompt, so the list is filtered and ranked for what is typed.
    options(this: { userInput: string }) {
      return rankChoices(this.userInput ?? '', opts.options);
    },
    multiple,
    ...(opts.initialValues ? { initialValue: opts.initialValues } : {}),
    // One choice is required: Enter on a search that matches nothing asks again instead of answering nothing.
    ...(multiple ? {} : { validate: (value: unknown) => (value === undefined ? t('search.pickOne') : undefined) }),
    render() {
      const head = `${styleText('gray', S_BAR)}\n${symbol(this.state)}  ${opts.message}\n`;
      const chosen = this.selectedValues.map(labelOf);
      if (this.state === 'submit' || this.state === 'cancel') {
        const summary = chosen.length ? chosen.join(', ') : t('search.noneSelected');
        return `${head}${styleText('gray', S_BAR)}  ${styleText(this.state === 'cancel' ? ['strikethrough', 'dim'] : 'dim', summary)}`;
      }
      const bar = `${styleText('cyan', S_BAR)}  `;
      const typed = this.userInput;
      const input =
        typed === '' && opts.placeholder ? styleText('dim', opts.placeholder) : this.isNavigating ? styleText('dim', typed) : this.userInputWithCursor;
      const count =
        this.filteredOptions.length !== opts.options.length ? styleText('dim', ` (${t('search.matches', { count: this.filteredOptions.length })})`) : '';
      const top = [...head.split('\n').filter(Boolean), `${bar}${styleText('dim', t('search.label'))} ${input}${count}`];
      if (this.filteredOptions.length === 0 && typed) top.push(`${bar}${styleText('yellow', t('search.none'))}`);
      if (this.state === 'error' && this.error) top.push(`${bar}${styleText('yellow', this.error)}`);
      const bottom = [
        ...(multiple ? [`${bar}${styleText('dim', chosen.length ? t('search.selected', { list: chosen.join(', ') }) : t('search.noneSelected'))}`] : []),
        `${bar}${styleText('dim', t(multiple ? 'search.help' : 'search.helpOne'))}`,
        styleText('cyan', S_BAR_END),
      ];
      const rows = limitOptions({
        cursor: this.cursor,
        options: this.filteredOptions,
        maxItems: opts.maxItems ?? 8,
        rowPadding: top.length + bottom.length,
        style: (option, active) => {
          const hint = active && option.hint ? styleText('dim', ` (${option.hint})`) : '';
          if (!multiple)
            return `${active ? `${styleText('green', S_RADIO_ACTIVE)} ${option.label}` : `${styleText('dim', S_RADIO_INACTIVE)} ${styleText('dim', option.label)}`}${hint}`;
          const box = this.selectedValues.includes(option.value) ? styleText('green', S_CHECKBOX_SELECTED) : styleText('dim', S_CHECKBOX_INACTIVE);
          return `${box} ${active ? option.label : styleText('dim', option.label)}${hint}`;
        },
      });
      return [...top, ...rows.map((row) => `${bar}${row}`), ...bottom].join('\n');
    },
  });
}
