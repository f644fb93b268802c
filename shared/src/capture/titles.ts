// Job titles in English, German and Dutch, recognised by their head words.
const HEAD =
  /\b(ceo|cfo|coo|cto|cio|cmo|cpo|cso|vp|svp|evp|avp|president|vice[- ]president|chairman|chairwoman|chair|chairperson|director|manager|mgr|founder|co-?founder|owner|co-?owner|partner|principal|attorney|lawyer|counsel|solicitor|barrister|paralegal|associate|engineer|developer|consultant|advisor|adviser|officer|secretary|treasurer|coordinator|co-ordinator|administrator|assistant|specialist|analyst|agent|broker|realtor|estimator|tutor|teacher|professor|lecturer|instructor|trainer|coach|accountant|bookkeeper|controller|auditor|designer|architect|supervisor|superintendent|foreman|chef|head|lead|leader|executive|representative|rep|receptionist|technician|therapist|physician|surgeon|dentist|hygienist|nurse|doctor|pharmacist|veterinarian|optometrist|chiropractor|counselor|counsellor|planner|producer|editor|writer|author|journalist|reporter|photographer|curator|librarian|scientist|researcher|economist|trader|banker|underwriter|adjuster|inspector|surveyor|programmer|strategist|recruiter|member|trustee|governor|commissioner|clerk|dean|provost|chancellor|rector|pastor|minister|fellow|intern|apprentice|operator|dispatcher|mechanic|installer|electrician|plumber|contractor|builder|sales|marketing|support|operations|general counsel|gesch[aä]ftsf[uü]hrer(?:in)?|inhaber(?:in)?|vorstand|vorsitzende[rn]?|leiter(?:in)?|prokurist(?:in)?|gesellschafter(?:in)?|mitarbeiter(?:in)?|berater(?:in)?|referent(?:in)?|sachbearbeiter(?:in)?|directeur|directrice|eigenaar|bestuurder|bestuursvoorzitter|voorzitter|oprichter|medewerker|adviseur|vennoot|beheerder|bedrijfsleider|hoofd)\b/i;
// Dutch and German build titles as compounds: "Projectleider", "Vertriebsleiter", "Accountmanager".
const COMPOUND = /\p{L}{3,}(leiter|leiterin|leider|manager|directeur|adviseur|berater|beraterin|medewerker|mitarbeiter|mitarbeiterin|beheerder|coördinator|assistent|assistentin|ingenieur|referent|referentin|sprecher|sprecherin)\b/iu;
const SENTENCE = /[.!?]\s+\p{Lu}|\b(i|we|you|our|your|my|is|are|was|were|will|has|have|had|can|please|click|call|contact us|email us|with over|years|since)\b/iu;

/** Does this short text read like a job title ("Senior Counsel", "Managing Director - Research", "Geschäftsführer")? */
export function looksLikeTitle(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 90 || /[@\d]{3}|https?:|www\./i.test(t)) return false;
  if (t.split(/\s+/).length > 10 || SENTENCE.test(t)) return false;
  return HEAD.test(t) || COMPOUND.test(t);
}
