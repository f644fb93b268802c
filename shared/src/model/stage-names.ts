/** The default stages (DEFAULT_STAGES) by id. */
export type DefaultStageId = 'lead' | 'contact' | 'qualification' | 'demo' | 'proposal' | 'won' | 'lost';
export type StageLocale = 'en' | 'de' | 'nl';

/**
 * The default stages' names in the languages Pipeclip speaks, terms from DOMAIN.md: one list for the side
 * panel and the team dashboard, so a stage is called the same in both.
 */
export const DEFAULT_STAGE_NAMES: Record<StageLocale, Record<DefaultStageId, string>> = {
  en: {
    lead: 'Lead generation',
    contact: 'First contact & nurturing',
    qualification: 'Qualification',
    demo: 'Demo / trial',
    proposal: 'Proposal & negotiation',
    won: 'Closed won',
    lost: 'Closed lost',
  },
  de: {
    lead: 'Lead-Generierung',
    contact: 'Erstkontakt & Lead-Pflege',
    qualification: 'Qualifizierung',
    demo: 'Produktdemo / Testversion',
    proposal: 'Angebot & Verhandlung',
    won: 'Abschluss gewonnen',
    lost: 'Abschluss verloren',
  },
  nl: {
    lead: 'Leadgeneratie',
    contact: 'Eerste contact & lead nurturing',
    qualification: 'Kwalificatie',
    demo: 'Demo / proefversie',
    proposal: 'Offerte & onderhandeling',
    won: 'Gewonnen',
    lost: 'Verloren',
  },
};

/** The names as `stage.<id>` message keys, to spread into a UI's dictionary. */
export const stageMessages = (locale: StageLocale) =>
  Object.fromEntries(Object.entries(DEFAULT_STAGE_NAMES[locale]).map(([id, name]) => [`stage.${id}`, name])) as Record<`stage.${DefaultStageId}`, string>;

/**
 * A stage's name for a reader of `locale`: a default stage never renamed (its name is the default in any of the
 * three languages) is shown in the reader's language, so a team pipeline created by a German rep reads in Dutch
 * for a Dutch one; a renamed stage keeps the name the team gave it.
 */
export function stageDisplayName(stage: { id: string; name: string }, locale: StageLocale): string {
  const id = stage.id as DefaultStageId;
  if (!(id in DEFAULT_STAGE_NAMES.en)) return stage.name;
  return Object.values(DEFAULT_STAGE_NAMES).some((names) => names[id] === stage.name) ? DEFAULT_STAGE_NAMES[locale][id] : stage.name;
}
