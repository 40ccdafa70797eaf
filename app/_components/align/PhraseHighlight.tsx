'use client';

import { useEffect } from 'react';
import { CLASS, SELECTOR } from '@/lib/reader/dom';
import { listen } from '@/app/_components/ui/listen';

// Lights a phrase's counterparts in the other languages (#16): every phrase of the same group
// in the same paragraph, in the text and in its word-order view. It follows the mouse, the
// keyboard focus of a name or term inside a phrase (the phrases themselves are not tab stops:
// the word-order view is their keyboard and screen-reader form), and a tap, which toggles.
// The lit phrases show their group's number (CSS), so colour is not the only cue.

function light(phrase: Element | null) {
  document.querySelectorAll(`.${CLASS.phraseOn}`).forEach((el) => el.classList.remove(CLASS.phraseOn));
  const group = phrase?.getAttribute('data-g');
  const scope = phrase?.closest(SELECTOR.alignScope);
  if (group && scope) scope.querySelectorAll(SELECTOR.group(group)).forEach((el) => el.classList.add(CLASS.phraseOn));
}

const phraseOf = (event: Event) => (event.target as Element | null)?.closest?.(SELECTOR.phrase) ?? null;

export default function PhraseHighlight() {
  useEffect(() => {
    let pointer = '';
    // After a tap, the browser sends mouse boundary events of its own at the tap's place when
    // the page moves under it (a card opening, a scroll): they must not put the light out.
    const onOver = (e: PointerEvent) => {
      if (e.pointerType === 'mouse' && pointer !== 'touch' && pointer !== 'pen') light(phraseOf(e));
    };
    const onDown = (e: PointerEvent) => {
      pointer = e.pointerType;
    };
    // A tap lights the phrase (a tap on a name or term in it opens its card too); a tap
    // outside every phrase puts the light out.
    const onClick = (e: MouseEvent) => {
      if (pointer !== 'mouse') light(phraseOf(e));
    };
    const onFocusIn = (e: FocusEvent) => {
      const phrase = phraseOf(e);
      if (phrase) light(phrase);
    };
    const onFocusOut = (e: FocusEvent) => {
      if (phraseOf(e) && !(e.relatedTarget instanceof Element && e.relatedTarget.closest(SELECTOR.phrase))) light(null);
    };
    return listen(document, {
      pointerover: onOver,
      pointerdown: onDown,
      click: onClick,
      focusin: onFocusIn,
      focusout: onFocusOut,
    });
  }, []);
  return null;
}
