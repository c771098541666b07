import { createTranslator, type Lang, type Translator } from '../kit/index.ts';

// The words the prompts themselves show (clack's own are English): the same in the scaffolder and
// in `guru-blog new`.
const id = {
  'prompt.yes': 'Ya',
  'prompt.no': 'Tidak',
  'search.label': 'Cari:',
  'search.help': '↑/↓ pindah • Tab pilih • Enter lanjut • ketik untuk mencari',
  'search.helpOne': '↑/↓ pindah • Enter pilih • ketik untuk mencari',
  'search.matches': '{count} cocok',
  'search.none': 'Tidak ada yang cocok; hapus sebagian ketikan.',
  'search.pickOne': 'Pilih satu dari daftar; ketik sebagian namanya untuk mencari.',
  'search.selected': 'Dipilih: {list}',
  'search.noneSelected': 'Belum ada yang dipilih (boleh dilewati).',
};

export type PromptKey = keyof typeof id;

const en: Record<PromptKey, string> = {
  'prompt.yes': 'Yes',
  'prompt.no': 'No',
  'search.label': 'Search:',
  'search.help': '↑/↓ move • Tab select • Enter continue • type to search',
  'search.helpOne': '↑/↓ move • Enter choose • type to search',
  'search.matches': '{count} matches',
  'search.none': 'Nothing matches; delete some of what you typed.',
  'search.pickOne': 'Choose one from the list; type part of its name to search.',
  'search.selected': 'Selected: {list}',
  'search.noneSelected': 'Nothing selected yet (may be skipped).',
};

export type PromptTranslate = Translator<PromptKey>;

export const promptTranslator = (lang: Lang): PromptTranslate => createTranslator<PromptKey>({ id, en }, lang);
