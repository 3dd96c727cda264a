/**
 * Calls `onLeave` once the inspector has moved on from a section (docs/architecture.md "The
 * checklist screen with 100+ items"): the keyboard focus went outside it. Never while a pointer
 * is pressed (the click must land on what it was aimed at) nor while the pointer is over the
 * section (it would fold under the cursor); then as soon as both are over. `onLeave` runs with
 * the newly focused element kept at the same place on screen: the height that went away above
 * it is scrolled back.
 */
import { type RefObject, useEffect, useLayoutEffect, useRef } from 'react';

/** The element that scrolls the page around `element` (the window's, if none of its own). */
function scrollerOf(element: Element): Element | null {
  for (let e = element.parentElement; e !== null; e = e.parentElement) {
    const { overflowY } = getComputedStyle(e);
    if ((overflowY === 'auto' || overflowY === 'scroll') && e.scrollHeight > e.clientHeight)
      return e;
  }
  return document.scrollingElement;
}

/** Runs `change` and scrolls so the focused element does not move on screen. */
function keepFocusStill(change: () => void): void {
  const anchor = document.activeElement;
  const before = anchor?.getBoundingClientRect().top;
  change();
  if (anchor === null || before === undefined || !anchor.isConnected) return;
  const shift = anchor.getBoundingClientRect().top - before;
  if (Math.abs(shift) < 1) return;
  scrollerOf(anchor)?.scrollBy({ top: shift, behavior: 'instant' });
}

export function useFoldOnLeave(
  sectionRef: RefObject<HTMLElement | null>,
  /** Whether leaving now would fold it (read when focus leaves: no re-subscribing per render). */
  wouldFold: () => boolean,
  /** Folds it; called synchronously inside keepFocusStill (use flushSync). */
  onLeave: () => void,
): void {
  const latest = useRef({ wouldFold, onLeave });
  useLayoutEffect(() => {
    latest.current = { wouldFold, onLeave };
  });

  useEffect(() => {
    const section = sectionRef.current;
    if (!section) return undefined;
    let pending = false;
    let pressed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const attempt = () => {
      timer = undefined;
      if (!pending || pressed || section.matches(':hover')) return;
      pending = false;
      if (section.contains(document.activeElement) || !latest.current.wouldFold()) return;
      keepFocusStill(latest.current.onLeave);
    };
    // After the current event's handlers (a click follows its pointerup in the same task).
    const later = () => {
      if (timer === undefined) timer = setTimeout(attempt, 0);
    };
    const onFocusIn = (event: FocusEvent) => {
      pending = !(event.target instanceof Node && section.contains(event.target));
      if (pending) later();
    };
    const onPointerDown = () => {
      pressed = true;
    };
    const onPointerUp = () => {
      pressed = false;
      if (pending) later();
    };
    const onPointerLeave = () => {
      if (pending) later();
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('pointerup', onPointerUp, true);
    document.addEventListener('pointercancel', onPointerUp, true);
    section.addEventListener('pointerleave', onPointerLeave);
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('pointerup', onPointerUp, true);
      document.removeEventListener('pointercancel', onPointerUp, true);
      section.removeEventListener('pointerleave', onPointerLeave);
    };
  }, [sectionRef]);
}
