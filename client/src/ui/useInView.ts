import { useEffect, useState, type RefObject } from 'react';

/** Whether at least `share` of an element is on the screen now (true where it cannot be told). */
export function useInView(ref: RefObject<Element | null>, share = 0): boolean {
  const [inView, setInView] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      ([entry]) => setInView(entry ? entry.isIntersecting && entry.intersectionRatio >= share : true),
      { threshold: [0, share] },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, share]);
  return inView;
}
