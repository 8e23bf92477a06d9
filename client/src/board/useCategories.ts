import { findTemplate, generalCategories, type MapCategories } from '../../../shared/src/index.js';
import { useSessionState } from '../state/sessionContext.js';

/**
 * The categories of this workshop's priority map, from its programme. A workshop whose programme
 * this build does not know (or a summary not yet read) offers the general ones a blank workshop has.
 */
export function useCategories(): MapCategories {
  const templateId = useSessionState((s) => s.summary?.templateId);
  return (templateId && findTemplate(templateId)?.categories) || generalCategories;
}
