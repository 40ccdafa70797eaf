'use client';

import { useEffect } from 'react';
import { CLASS, SELECTOR } from '@/lib/reader/dom';
import { listen } from '@/app/_components/ui/listen';

// Opens a card (a native popover) on hover and keyboard focus of its trigger; a click or tap
// toggles it as the popover attribute does without script, and Escape closes it natively.
// The card is placed by CSS anchor positioning where supported, else here.

const OPEN = ':popover-open';
const TRIGGER = SELECTOR.ref;

// The cards wait in a <template> (ArticleReader): dozens of them would otherwise be parsed,
// styled and searched with the page. A card joins the document the first time it is wanted,
// in the same task as the focus, hover or tap that wants it.
function cardFor(trigger: Element): HTMLElement | null {
  const id = trigger.getAttribute('popovertarget');
  if (!id) return null;
  const present = document.getElementById(id);
  if (present) return present;
  const waiting = document
    .querySelector<HTMLTemplateElement>(`template.${CLASS.cardTemplates}`)
    ?.content.getElementById(id);
  const host = document.querySelector(`.${CLASS.cards}`);
  if (!waiting || !host) return null;
  host.append(document.adoptNode(waiting));
  return waiting;
}

function place(trigger: Element, card: HTMLElement) {
  if (CSS.supports('position-area', 'bottom')) return;
  const r = trigger.getBoundingClientRect();
  const c = card.getBoundingClientRect();
  const gap = 6;
  const below = r.bottom + gap + c.height <= window.innerHeight || r.top < c.height + gap;
  const top = below ? r.bottom + gap : r.top - gap - c.height;
  const left = Math.min(Math.max(8, r.left), window.innerWidth - c.width - 8);
  card.style.inset = 'auto';
  card.style.margin = '0';
  card.style.top = `${Math.max(8, top)}px`;
  card.style.left = `${Math.max(8, left)}px`;
}

// While a card is open, the same name or term is lit in the paragraph's other languages
// (THAAD ↔ 사드 ↔ 萨德): every name or term button with the same target in the same paragraph.
function link(trigger: Element | null) {
  document.querySelectorAll(`.${CLASS.linked}`).forEach((el) => el.classList.remove(CLASS.linked));
  const ref = trigger?.getAttribute('popovertarget');
  const scope = trigger?.closest(`.${CLASS.para}`);
  if (ref && scope)
    scope.querySelectorAll(`${TRIGGER}[popovertarget="${ref}"]`).forEach((el) => el.classList.add(CLASS.linked));
}

export default function CardHost() {
  useEffect(() => {
    let shownAt = 0;
    let hideTimer: number | undefined;

    const show = (trigger: Element) => {
      const card = cardFor(trigger);
      if (!card) return;
      window.clearTimeout(hideTimer);
      link(trigger);
      if (!card.matches(OPEN)) {
        // `source` makes the trigger the card's anchor (and its accessible relation).
        (card.showPopover as (options?: { source?: Element }) => void)({ source: trigger });
        shownAt = performance.now();
      }
      place(trigger, card);
    };
    const hideSoon = (card: HTMLElement | null) => {
      if (!card) return;
      window.clearTimeout(hideTimer);
      hideTimer = window.setTimeout(() => {
        if (card.matches(OPEN) && !card.matches(':hover') && !card.contains(document.activeElement)) {
          card.hidePopover();
        }
      }, 250);
    };
    const triggerOf = (event: Event) => (event.target as Element | null)?.closest?.(TRIGGER) ?? null;

    const onFocusIn = (e: FocusEvent) => {
      const t = triggerOf(e);
      if (t) show(t);
    };
    const onFocusOut = (e: FocusEvent) => {
      const t = triggerOf(e);
      if (t) hideSoon(cardFor(t));
    };
    const onOver = (e: PointerEvent) => {
      const t = triggerOf(e);
      if (t && e.pointerType === 'mouse') show(t);
    };
    const onOut = (e: PointerEvent) => {
      if (e.pointerType !== 'mouse') return;
      const t = triggerOf(e);
      const card = t ? cardFor(t) : (e.target as Element).closest?.<HTMLElement>('.card[popover]');
      hideSoon(card ?? null);
    };
    const onClick = (e: MouseEvent) => {
      const t = triggerOf(e);
      if (!t) return;
      const card = cardFor(t);
      if (!card) return;
      // Focus or hover has just opened it: the click must not close it again.
      e.preventDefault();
      if (card.matches(OPEN) && performance.now() - shownAt > 400) card.hidePopover();
      else show(t);
    };

    const onToggle = (e: Event) => {
      if ((e as ToggleEvent).newState === 'closed' && !document.querySelector(`.card${OPEN}`)) link(null);
    };

    const stops = [
      listen(document, { toggle: onToggle }, true),
      listen(document, {
        focusin: onFocusIn,
        focusout: onFocusOut,
        pointerover: onOver,
        pointerout: onOut,
        click: onClick,
      }),
    ];
    return () => stops.forEach((stop) => stop());
  }, []);
  return null;
}
