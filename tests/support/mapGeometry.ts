/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Page } from 'playwright-core';

export interface CardBox {
  title: string;
  card: { x: number; y: number; width: number; height: number };
  titleBox: { x: number; y: number; width: number; height: number };
}

/** Every card a page draws on its map (not those waiting above it), with its title's box, in page pixels. */
export function cardBoxes(page: Page, within = '.priority-map__area'): Promise<CardBox[]> {
  return page.evaluate((selector) => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
    };
    return [...document.querySelectorAll(`${selector} .map-card:not(.map-card--probe)`)].map((card) => ({
      title: card.querySelector('.map-card__title')?.textContent ?? '',
      card: box(card),
      titleBox: box(card.querySelector('.map-card__title')!),
    }));
  }, within);
}

type Rect = CardBox['card'];
const intersects = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Pairs where one card covers part of another's title: "A hides B". */
export function hiddenTitles(boxes: CardBox[]): string[] {
  return boxes.flatMap((a) =>
    boxes.filter((b) => b !== a && intersects(a.card, b.titleBox)).map((b) => `${a.title} hides ${b.title}`),
  );
}

/** The quadrant a card is drawn in, by its middle, as the map's Move buttons name them. */
export async function drawnQuadrant(page: Page, title: string): Promise<string> {
  const area = (await page.locator('.priority-map__area').first().boundingBox())!;
  const card = (await page.locator('.priority-map__area .map-card', { hasText: title }).boundingBox())!;
  const [mx, my] = [card.x + card.width / 2, card.y + card.height / 2];
  const inside = card.x >= area.x && card.y >= area.y && card.x + card.width <= area.x + area.width;
  if (!inside) return 'off the map';
  return `${my < area.y + area.height / 2 ? 'top' : 'bottom'} ${mx < area.x + area.width / 2 ? 'left' : 'right'}`;
}

/** Words of card titles that lie on more than one line (a hyphen is a fair place to break). */
export function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.map-card__title')].flatMap((title) => {
      const text = title.firstChild;
      if (!(text instanceof Text)) return [];
      return [...text.data.matchAll(/[^\s-]+/g)].flatMap((word) => {
        const range = document.createRange();
        range.setStart(text, word.index);
        range.setEnd(text, word.index + word[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        return lines.size > 1 ? [word[0]] : [];
      });
    }),
  );
}
