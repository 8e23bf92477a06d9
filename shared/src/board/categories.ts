import type { Category, MapCategories } from '../schema/categories.js';

/** Every category of a programme, challenges first, in the order its list offers them. */
export function allCategories(categories: MapCategories): Category[] {
  return [categories.challenges, ...categories.others].flatMap((group) => group.categories);
}

/**
 * The category a card names, if its workshop knows it. A card keeps only an id (written by another
 * device, or under another programme): an id the workshop does not know reads as no category.
 */
export function findCategory(categories: MapCategories, id: string): Category | undefined {
  return id ? allCategories(categories).find((c) => c.id === id) : undefined;
}
