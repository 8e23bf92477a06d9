import { z } from 'zod';

/** A colour as a hex triplet, so a test can check its contrast on white. */
const hexColour = z.string().regex(/^#[0-9a-f]{6}$/i, 'a colour is written #rrggbb');

/**
 * What a priority is about. Shown as a coloured edge *and* a short label, never colour alone; a
 * card stores only the id, so a card whose id its workshop does not know shows without a category.
 */
export const categorySchema = z.object({
  id: z.string().min(1).max(64),
  /** The handbook's words, in the category list. */
  label: z.string().min(1),
  /** On a card, beside its votes. */
  short: z.string().min(1),
  colour: hexColour,
});
export type Category = z.infer<typeof categorySchema>;

/** Categories offered together under a heading ("The three challenges"). */
export const categoryGroupSchema = z.object({
  label: z.string().min(1),
  categories: z.array(categorySchema).min(1),
});
export type CategoryGroup = z.infer<typeof categoryGroupSchema>;

/** A programme's categories for the priority map: its challenges first, then the others it works with. */
export const mapCategoriesSchema = z.object({
  challenges: categoryGroupSchema,
  others: z.array(categoryGroupSchema),
});
export type MapCategories = z.infer<typeof mapCategoriesSchema>;
