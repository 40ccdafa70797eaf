import { describe, expect, it } from 'vitest';
import { langBlocks, markRef } from '@/lib/reader/render';

// The reader's HTML is built from tagged templates: whitespace inside them is text the reader
// sees (a formatter that re-indents them would put spaces inside "외교부 장관은").
describe('reader HTML', () => {
  it('writes a marked term with its text exactly, no space added around it', () => {
    expect(markRef('term', 'foreign-minister', '외교부 장관')).toMatchObject({
      value: '<button type="button" class="term-ref" popovertarget="term-foreign-minister">외교부 장관</button>',
    });
  });

  it('keeps a particle right after a marked word', () => {
    const [, ko] = langBlocks({
      en: ['x'],
      ko: [{ kind: 'term', id: 'foreign-minister', text: '외교부 장관' }, '은 도착했다.'],
      zh: ['x'],
    });
    expect(ko!.value).toContain('외교부 장관</button>은 도착했다.');
  });
});
