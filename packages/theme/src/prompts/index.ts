// The terminal questions of Guru Blog (@clack/prompts behind a Prompter the commands receive), one
// set for the scaffolder and for `guru-blog new`, so both ask the same way in the same words.

export { CancelledError } from './cancelled.ts';
export { progress } from './progress.ts';
export { type Choice, clackPrompter, type Prompter } from './prompter.ts';
export { SCRIPTED_CANCEL, type ScriptedAnswer, ScriptedPrompter } from './scripted.ts';
export { matchesSearch, rankChoices, searchMultiselect, searchSelect } from './search.ts';
export { subjectChoices } from './subject-choices.ts';
