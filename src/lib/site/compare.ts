/** One sheet as the compare page reads it (/vergelijk/<slug>.json): see src/scripts/compare/sheet.ts. */
import type { CompareSheet } from '../../scripts/compare/sheet.ts';
import { glanceItems } from './glance.ts';
import { practiceUrl, termSlug, termUrl, type Practice, type TaxonomyKey } from './site-data.ts';

const termLink = (key: TaxonomyKey, name: string) => ({
  text: name,
  href: termUrl(key, termSlug(key, name)),
});

export function compareSheet(practice: Practice): CompareSheet {
  const { data } = practice;
  return {
    id: practice.id,
    title: data.title,
    url: practiceUrl(practice.id),
    summary: data.summary,
    category: termLink('categories', data.category),
    glance: glanceItems(practice),
    goals: data.goals,
    targetGroups: data.targetGroups.map((name) => termLink('targetGroups', name)),
    successFactors: data.successFactors,
    challenges: data.challenges,
    municipalities: [...new Set(data.examples.map((example) => example.municipality))].map((name) =>
      termLink('municipalities', name),
    ),
  };
}
