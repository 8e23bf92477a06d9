import { useLayoutEffect, useRef } from 'react';

/** Tries of the halving search: the type ends within (largest − smallest) / 2⁸ of the largest that fits. */
const TRIES = 8;

/**
 * The largest type, between `smallest` and `largest` (in vh), at which the element's content fits
 * its height and its width (what must stay on one line says so with `nowrap`), found again whenever the element's size or `content` changes. The wall cannot scroll
 * and team names are as long as councils make them, so the type is measured, not guessed. Written
 * straight onto the element, so a measurement never re-renders anything.
 */
export function useFitType<T extends HTMLElement>(content: string, largest: number, smallest: number) {
  const box = useRef<T>(null);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const fits = (vh: number) => {
      element.style.fontSize = `${vh}vh`;
      return element.scrollHeight <= element.clientHeight && element.scrollWidth <= element.clientWidth;
    };
    const fit = () => {
      if (fits(largest)) return;
      let [low, high] = [smallest, largest];
      for (let i = 0; i < TRIES; i++) {
        const middle = (low + high) / 2;
        if (fits(middle)) low = middle;
        else high = middle;
      }
      fits(low);
    };
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, [content, largest, smallest]);
  return box;
}
