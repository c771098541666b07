import { lessonSchema } from '@guru-blog/theme/schemas';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generatePost } from '../src/corpus.ts';
import { generateLesson } from '../src/lesson-corpus.ts';

const context = { image: () => z.string() } as never;

describe('lesson corpus', () => {
  it('writes lessons that the real lesson schema accepts, with the post bodies', () => {
    for (let i = 1; i <= 27; i++) {
      const { markdown } = generateLesson(i, 42);
      const [, front, body] = markdown.split(/^---$/m);
      const result = lessonSchema()(context).safeParse(parse(front!));
      expect(result.success, `${i}: ${result.success ? '' : result.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`).toBe(true);
      expect(body!.trim()).toBe(generatePost(i, 42).markdown.split(/^---$/m)[2]!.trim());
    }
  });

  it('is deterministic and spreads over every family', () => {
    expect(generateLesson(5, 7).markdown).toBe(generateLesson(5, 7).markdown);
    const subjects = new Set(Array.from({ length: 9 }, (_, i) => /subject: (\S+)/.exec(generateLesson(i + 1, 7).markdown)?.[1]));
    expect(subjects.size).toBe(9);
  });
});
