import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { MapFrame } from '../../../shared/src/index.js';

/**
 * The map's size and its cards' size on this screen, in pixels, kept up to date as the screen
 * turns or a side panel opens. The map's own height is read from a ruler that has the map's
 * natural shape (the map itself may have grown for its cards), and a card's from a hidden probe card.
 * Null until measured (and in a test without layout), when cards are drawn at their own points.
 */
export function useMapFrame(): {
  ruler: RefObject<HTMLDivElement | null>;
  probe: RefObject<HTMLDivElement | null>;
  frame: MapFrame | null;
} {
  const ruler = useRef<HTMLDivElement>(null);
  const probe = useRef<HTMLDivElement>(null);
  const [frame, setFrame] = useState<MapFrame | null>(null);
  useLayoutEffect(() => {
    const measure = () => {
      const map = ruler.current?.getBoundingClientRect();
      const card = probe.current?.getBoundingClientRect();
      if (!map || !card || map.width === 0 || card.width === 0) return setFrame(null);
      const gap = Math.round(card.height / 12);
      const next = {
        width: map.width,
        height: map.height,
        cardWidth: card.width,
        cardHeight: card.height,
        gap,
      };
      setFrame((last) => (last && sameFrame(last, next) ? last : next));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    for (const element of [ruler.current, probe.current]) if (element) observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ruler, probe, frame };
}

const sameFrame = (a: MapFrame, b: MapFrame) =>
  (Object.keys(a) as (keyof MapFrame)[]).every((key) => Math.abs(a[key] - b[key]) < 0.5);
