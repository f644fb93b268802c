/** The fields a CSV column can be imported into. */
export const IMPORT_FIELDS = [
  'person.name',
  'person.givenName',
  'person.familyName',
  'person.title',
  'person.company',
  'person.email',
  'person.phone',
  'person.url',
  'person.street',
  'person.postcode',
  'person.locality',
  'person.region',
  'person.country',
  'person.tags',
  'deal.title',
  'deal.value',
  'deal.currency',
  'deal.stage',
  'deal.probability',
  'deal.expectedCloseAt',
  'deal.createdAt',
  'deal.closedAt',
  'deal.lostReason',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Fields that take several columns ("Phone", "Mobile") and several values per cell. */
export const MULTI_VALUED: ReadonlySet<ImportField> = new Set(['person.email', 'person.phone', 'person.url', 'person.tags']);

/** csvColumn → field; columns left out are not imported. */
export type ColumnMapping = Record<string, ImportField>;

// Header words in English, German and Dutch, written folded (lower case, no accents or punctuation).
const WORDS: Record<ImportField, readonly string[]> = {
  'person.name': ['name', 'fullname', 'naam', 'volledigenaam', 'contact', 'contactname', 'contactperson', 'contactpersoon', 'ansprechpartner', 'person', 'kontaktperson'],
  'person.givenName': ['firstname', 'givenname', 'vorname', 'voornaam', 'roepnaam'],
  'person.familyName': ['lastname', 'surname', 'familyname', 'nachname', 'familienname', 'achternaam'],
  'person.title': ['title', 'jobtitle', 'position', 'role', 'funktion', 'berufsbezeichnung', 'functie', 'functietitel', 'positie'],
  'person.company': ['company', 'companyname', 'organization', 'organisation', 'account', 'employer', 'firma', 'firmenname', 'unternehmen', 'bedrijf', 'bedrijfsnaam', 'organisatie'],
  'person.email': ['email', 'mail', 'emailaddress', 'emailadresse', 'emailadres'],
  'person.phone': ['phone', 'telephone', 'tel', 'mobile', 'cell', 'telefon', 'telefonnummer', 'mobil', 'handy', 'telefoon', 'telefoonnummer', 'mobiel', 'gsm'],
  'person.url': ['website', 'url', 'homepage', 'web', 'webseite', 'internetseite', 'linkedin'],
  'person.street': ['street', 'address', 'streetaddress', 'strasse', 'adresse', 'anschrift', 'straat', 'adres'],
  'person.postcode': ['zip', 'zipcode', 'postalcode', 'postcode', 'plz', 'postleitzahl'],
  'person.locality': ['city', 'town', 'locality', 'ort', 'stadt', 'plaats', 'woonplaats', 'stad'],
  'person.region': ['state', 'region', 'province', 'county', 'bundesland', 'provincie'],
  'person.country': ['country', 'land'],
  'person.tags': ['tags', 'tag', 'labels', 'label', 'categories', 'schlagworte', 'schlagworter', 'kategorie', 'categorie', 'categorieen'],
  'deal.title': ['deal', 'dealname', 'dealtitle', 'opportunity', 'opportunityname', 'verkaufschance', 'verkoopkans'],
  'deal.value': ['value', 'amount', 'dealvalue', 'revenue', 'wert', 'betrag', 'umsatz', 'auftragswert', 'waarde', 'bedrag', 'omzet'],
  'deal.currency': ['currency', 'wahrung', 'waehrung', 'valuta', 'munteenheid'],
  'deal.stage': ['stage', 'dealstage', 'pipelinestage', 'phase', 'stufe', 'fase'],
  'deal.probability': ['probability', 'winprobability', 'wahrscheinlichkeit', 'kans', 'slagingskans'],
  'deal.createdAt': ['createdat', 'created', 'createddate', 'createdon', 'datecreated', 'erstellt', 'erstelltam', 'angelegt', 'angelegtam', 'aangemaakt', 'aangemaaktop', 'aanmaakdatum'],
  'deal.closedAt': ['closedat', 'closed', 'closeddate', 'closedon', 'dateclosed', 'abgeschlossenam', 'abschlusstag', 'gesloten', 'geslotenop', 'afgeslotenop'],
  'deal.lostReason': ['lostreason', 'reasonlost', 'lossreason', 'verlustgrund', 'grundfurverlust', 'verliesreden', 'redenverlies', 'redenverloren'],
  'deal.expectedCloseAt': ['closedate', 'expectedclose', 'expectedclosedate', 'closingdate', 'abschlussdatum', 'sluitingsdatum', 'verwachtesluitingsdatum'],
};

/** A header in the folded form the word lists use: "E-Mail-Adresse" → "emailadresse", "Straße" → "strasse". */
export function foldHeader(header: string): string {
  return header.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]/g, '');
}

function fieldOf(header: string): ImportField | undefined {
  const folded = foldHeader(header);
  const bare = folded.replace(/\d+$/, '');
  let best: { field: ImportField; end: number; length: number } | undefined;
  for (const field of IMPORT_FIELDS) {
    for (const word of WORDS[field]) {
      if (word === folded || word === bare) return field;
      const at = word.length >= 4 ? folded.lastIndexOf(word) : -1;
      if (at < 0) continue;
      // In "Firmentelefon" or "Company phone" the last word names the thing: prefer the match ending last.
      const end = at + word.length;
      if (!best || end > best.end || (end === best.end && word.length > best.length)) best = { field, end, length: word.length };
    }
  }
  return best?.field;
}

/**
 * Suggests a field for each header it recognises, in English, German or Dutch ("E-Mail", "Firma",
 * "Bedrijf", "Telefoon", "Wert"). A single-valued field goes to the first column that names it only.
 */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<ImportField>();
  for (const header of headers) {
    const field = fieldOf(header);
    if (!field || (taken.has(field) && !MULTI_VALUED.has(field))) continue;
    mapping[header] = field;
    taken.add(field);
  }
  return mapping;
}
