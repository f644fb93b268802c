// Job titles in English, German and Dutch, recognised by their head words.
const HEAD =
  /\b(ceo|cfo|coo|cto|cio|cmo|cpo|cso|vp|svp|evp|avp|president|chairman|chairwoman|chair|chairperson|director|manager|mgr|founder|co-?founder|owner|co-?owner|partner|principal|attorney|lawyer|counsel|solicitor|barrister|paralegal|associate|engineer|developer|consultant|advisor|adviser|officer|secretary|treasurer|coordinator|co-ordinator|administrator|assistant|specialist|analyst|agent|broker|realtor|estimator|tutor|teacher|professor|lecturer|instructor|trainer|coach|accountant|bookkeeper|controller|auditor|designer|architect|supervisor|superintendent|foreman|chef|head|lead|leader|executive|representative|rep|receptionist|technician|therapist|physician|surgeon|dentist|hygienist|nurse|doctor|pharmacist|veterinarian|optometrist|chiropractor|counselor|counsellor|planner|producer|editor|writer|author|contributor|journalist|reporter|photographer|curator|librarian|scientist|researcher|economist|trader|banker|underwriter|adjuster|inspector|surveyor|programmer|strategist|recruiter|member|trustee|governor|commissioner|clerk|dean|provost|chancellor|rector|pastor|minister|fellow|intern|apprentice|operator|dispatcher|mechanic|installer|electrician|plumber|contractor|builder|psychologist|psychiatrist|psychotherapist|carpenter|painter|florist|stylist|hairstylist|pilot|captain|sales|marketing|support|operations|gesch[aä]ftsf[uü]hrer(?:in)?|inhaber(?:in)?|vorstand|vorsitzende[rn]?|leiter(?:in)?|prokurist(?:in)?|gesellschafter(?:in)?|mitarbeiter(?:in)?|berater(?:in)?|referent(?:in)?|sachbearbeiter(?:in)?|directeur|directrice|direktor(?:in)?|rechtsanw[aä]lt(?:in)?|notar(?:in)?|architekt(?:in)?|makler(?:in)?|arzt|[aä]rztin|zahnarzt|zahn[aä]rztin|apotheker(?:in)?|advocaat|notaris|makelaar|inkoper|eink[aä]ufer(?:in)?|verk[aä]ufer(?:in)?|buyer|purchaser|tandarts|huisarts|fysiotherapeut|verkoper|eigenaar|bestuurder|zaakvoerder|bestuursvoorzitter|voorzitter|oprichter|medewerker|adviseur|vennoot|beheerder|bedrijfsleider|hoofd)\b/i;
// Dutch and German build titles as compounds: "Projectleider", "Vertriebsleiter", "Accountmanager".
// So do professions in English by their endings: "Geologist", "Statistician", "Photographer", "Physicist".
const COMPOUND = /\p{L}{3,}(leiter|leiterin|leider|manager|directeur|adviseur|berater|beraterin|medewerker|mitarbeiter|mitarbeiterin|beheerder|coördinator|assistent|assistentin|ingenieur|referent|referentin|sprecher|sprecherin|direktor|direktorin|dienst|logist|ician|grapher|icist|iatrist)\b/iu;
// Abbreviations in titles ("Sr. Legal Specialist", "Asst. Dir. Sales") end no sentence.
const ABBREVIATION = /\b(?:Sr|Jr|Snr|Jnr|Asst|Assoc|Exec|Mgr|Dir|Dept|Admin|Adm|Eng|Mgmt|Intl|Gen|Govt|Natl|Reg|Div|Acct|Svcs|Ops|Tech)\.(?=\s)/gi;
const SENTENCE = /[.!?]\s+\p{Lu}|\b(i|we|you|our|your|my|is|are|was|were|will|has|have|had|can|please|click|call|contact us|email us|with over|years|since)\b/iu;

// On a web page, menus and headings use the same words: a title there needs a role, not only a department
// ("Sales", "Technical Support Online", "Executive Team"), and never starts with a verb ("Engage Support Teams").
const DEPARTMENT_ONLY = /^(?:(?:technical|customer|sales|marketing|support|operations|trading|general|executive|online|product|it|hr|\w+)\s+)*(?:sales|marketing|support|operations|head|lead|leader|member|rep)(?:\s+\w+)?$/i;
const ROLE = new RegExp(HEAD.source.replace(/\|sales\|marketing\|support\|operations/, '').replace('|head|lead|leader|', '|').replace('|member|', '|'), 'i');
const GROUP = /\b(team|teams|staff|leadership|board|department|services|online|stats|center|centre|page|program|tab|self)\s*$|^(?:our|the|meet|view|locate|find|get|contact|engage|boost|sell|buy|purchase|request|download|learn|discover|explore|manage|build|create|join|become|read|see|search|shop|order|book|call|email|visit|apply|register|sign|log)\b|\b(and|or|of|&|for|the|with)$/i;

/** Does this short text read like a job title ("Senior Counsel", "Managing Director - Research", "Geschäftsführer")? */
export function looksLikeTitle(text: string, strict = false): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 90 || /[@\d]{3}|https?:|www\./i.test(t)) return false;
  // The head-word test rejects most lines; the sentence test (a unicode regex) only runs on the few it lets through.
  if (!(HEAD.test(t) || COMPOUND.test(t))) return false;
  if (t.split(/\s+/).length > 10 || SENTENCE.test(t.replace(ABBREVIATION, (a) => a.slice(0, -1)))) return false;
  if (!strict) return true;
  if (GROUP.test(t)) return false;
  if (/^head of\b|\b(?:team|tech|technical|project|engineering|design) lead\b|\bboard member\b|^lead \w+er\b/i.test(t)) return true;
  if (!ROLE.test(t) && !COMPOUND.test(t)) return false;
  return !(DEPARTMENT_ONLY.test(t) && !/^head of\b/i.test(t) && !ROLE.test(t.replace(/\b(sales|marketing|support|operations|head|lead|leader|member|rep)\b/gi, '')));
}
