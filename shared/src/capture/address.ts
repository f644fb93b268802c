import type { CountryCode } from 'libphonenumber-js/core';
import type { CandidateAddress } from './candidate.ts';
import { clean } from './clean.ts';
import { REGIONS } from './regions.ts';

const STATE_NAMES = Object.values(REGIONS).join('|');
const STATES = `${Object.keys(REGIONS).join('|')}|${STATE_NAMES}|Calif|Mass|Penn|Ill|Tex|Fla|Wash|Ont|Que`;
const WORD = "[A-Z][A-Za-z.'’-]*";
// "Chicago, Illinois 60614", "West Springfield, MA 01089", "Vancouver, BC V6B 1A1"
// A city's words are no street's ("87 Mill Road Brookfield IN 46142": the city is Brookfield).
// Nor are a street's quarter ("5 Catoctin Circle SE Leesburg, VA": the city is Leesburg).
const CITY_WORD = `(?!(?:Road|Rd|Street|Avenue|Ave|Drive|Lane|Blvd|Boulevard|Highway|Hwy|Circle|Cir|Parkway|Pkwy|Court|Ct|Place|Pl|Terrace|Way|Suite|Ste|NE|NW|SE|SW)\\b)${WORD}`;
const US_CITY = new RegExp(`(?<![A-Za-z])(${CITY_WORD}(?:\\s+${CITY_WORD}){0,3}|[A-Z]{3,}(?:\\s+[A-Z]{3,}){0,2}),?\\s+(${STATES})\\.?,?\\s+(\\d{5}(?:-\\d{4})?|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d)(?![\\d-])`);
// "Mexico Beach, FL" closing a line, after a street: an address without its ZIP code.
const US_NO_ZIP = new RegExp(`(${WORD}(?:\\s+${WORD}){0,3})\\s*,?\\s+(${Object.keys(REGIONS).join('|')})()(?=\\s*(?:,\\s*(?:USA|US|United States)\\s*)?$)`);
// "10115 Berlin", "1017 AB Amsterdam", "A-1010 Wien", "F-75002 Paris", "1000 Bruxelles", "London SW1A 1AA"
const EU_CITY = /(?:^|[\s,|·•])((?:[A-Z]{1,2}-)?\d{4,5}(?:\s?[A-Z]{2})?)\s+(\p{Lu}[\p{L}.'-]+(?:[\s-][\p{Lu}a-z][\p{L}.'-]+){0,2})/u;
// The town's words are no street's or estate's ("… Kingsditch Trading Estate Cheltenham GL51 9PL").
const UK_WORD = '(?!(?:Road|Street|Lane|Estate|Park|Centre|Way|Avenue|Close|Drive|Court|House|Business|Industrial|Trading)\\b)[A-Z][a-z]+';
const UK_CITY = new RegExp(`\\b(${UK_WORD}(?:[\\s-](?:(?:of|upon|on|under|in|le)[\\s-])?${UK_WORD}){0,2}),?\\s+([A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2})\\b`);
// A county after the town: "Cheltenham Gloucestershire", "Orpington Kent".
const UK_COUNTY = /(?<=\s)(?:\p{Lu}\p{Ll}+shire|Kent|Surrey|Essex|Middlesex|East Sussex|West Sussex|Sussex|Devon|Cornwall|Norfolk|Suffolk|Cumbria|Merseyside|Rutland|Somerset|Dorset)$/u;
// "Perth WA 6006", "Surry Hills, NSW 2010": an Australian town, its state and a four-digit postcode.
const AU_CITY = new RegExp(`(?<![A-Za-z])(${CITY_WORD}(?:\\s+${CITY_WORD}){0,2}),?\\s+(NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\\s+(\\d{4})\\b`);
// German and Austrian states, Dutch provinces, named after a town (those named like their capital are left out).
const EU_STATE =
  /(?<=\s)(?:Bayern|Bavaria|Baden-Württemberg|Hessen|Hesse|Sachsen|Saxony|Niedersachsen|Lower Saxony|Nordrhein-Westfalen|NRW|Thüringen|Sachsen-Anhalt|Schleswig-Holstein|Rheinland-Pfalz|Saarland|Mecklenburg-Vorpommern|Tirol|Tyrol|Vorarlberg|Kärnten|Carinthia|Steiermark|Styria|Burgenland|Niederösterreich|Oberösterreich|Noord-Holland|Zuid-Holland|Gelderland|Noord-Brabant|Limburg|Overijssel|Friesland|Fryslân|Drenthe|Flevoland|Zeeland)$/u;
// A British or Canadian postcode on a line of its own, under the town ("Newcastle upon Tyne / NE6 5ZH").
const POSTCODE_LINE = /^([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$/;
// The town line above it: "Newcastle upon Tyne", "Burnaby, British Columbia".
const TOWN_LINE = new RegExp(`^([A-Z][\\p{L}.'’-]*(?:[\\s-][\\p{L}.'’-]+){0,3}?)(?:\\s*,\\s*(${STATES})\\.?)?$`, 'u');
const STREET_SUFFIX =
  /\b(St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Pkwy|Parkway|Hwy|Highway|Sq|Square|Ter|Terrace|Cir|Circle|Trail|Trl|Pike|Plaza|Row|Loop|Broadway|Route|Rte|Suite|Ste|Floor|Freeway|Fwy|Expressway|Turnpike|Tpke|Crescent|Close|Walk|Mews|Gardens|Hill)\b\.?/i;
// German and Dutch streets end in their kind, the number after: "Hauptstraße 5", "Keizersgracht 123".
// "Am Sandtorkai 41", "An der Alster 12": a preposition may lead.
const GERMANIC_STREET =
  /(?:\b(?:Am|An der|An den|Auf der|Auf dem|Im|In der|In den|Zum|Zur|Unter den|Hinter der|Vor dem)\s+)?[A-ZÄÖÜ][\p{L}.'-]*(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|markt|kai|chaussee|stieg|steig|pfad|twiete|graben|wall|hof|brücke|garten|kamp|laan|straat|plein|gracht|kade|singel|dijk|steeg|park)\s+\d+\s?[a-z]?\b/iu;
// French ones (France, Belgium, Luxembourg, Switzerland) start with it: "38 avenue de l'Opéra", "Rue de la Loi 16".
const FRENCH_KIND = '[Rr]ue|[Aa]venue|[Bb]oulevard|[Bb]d|[Pp]lace|[Cc]hemin|[Aa]llée|[Qq]uai|[Ii]mpasse|[Rr]oute|[Cc]ours|[Cc]haussée|[Ss]quare|[Pp]assage';
const FRENCH_NAME = "(?:(?:de|du|des|la|le|les) |d'|l')*\\p{Lu}[^,\\d|]{1,40}";
const FRENCH_NUMBER_FIRST = new RegExp(`\\b\\d{1,4}(?:\\s?(?:bis|ter)|[a-z])?,?\\s+(?:${FRENCH_KIND})\\s${FRENCH_NAME}`, 'u');
// Named first, with a capital: "Rue de la Loi 16", not "the route from the airport takes 20 minutes".
const FRENCH_KIND_FIRST = new RegExp(`(?<!\\p{L})(?:${FRENCH_KIND.replace(/\[(\w)\w\]/g, '$1')})\\s${FRENCH_NAME}?\\s\\d{1,4}[a-z]?\\b`, 'u');
// Or the kind as a word of its own after an adjective: "Kölner Str. 120", "Berliner Allee 5".
const GERMANIC_TWO_WORDS = /\b[A-ZÄÖÜ][\p{L}-]+(?:er|sche)\s(?:Straße|Strasse|Str\.|Weg|Platz|Allee|Gasse|Ring|Damm|Ufer|Markt|Chaussee|Landstraße|Heerstraße)\s+\d+\s?[a-z]?\b/u;
const euStreet = (text: string) => GERMANIC_STREET.exec(text) ?? GERMANIC_TWO_WORDS.exec(text) ?? FRENCH_NUMBER_FIRST.exec(text) ?? FRENCH_KIND_FIRST.exec(text);
const COUNTRY = /^(USA|U\.S\.A\.?|US|United States(?: of America)?|Canada|UK|U\.K\.|United Kingdom|England|Scotland|Wales|Northern Ireland|Ireland|Germany|Deutschland|Duitsland|Netherlands|The Netherlands|Nederland|Austria|Österreich|Switzerland|Schweiz|Belgium|België|Belgique|Luxembourg|France|Frankreich|Frankrijk|Australia)$/i;
const SEPARATORS = /\s*(?:[|•·◊♦▪●~]|\s{3,}|\s[-–—]\s|\bPhone\b|\bTel\b|\bFax\b|\bCall\b)\s*/i;

const UNIT = /^(?:Room|Rm\.?|Suite|Ste\.?|Floor|Fl\.?|Building|Bldg\.?|Unit|Apt\.?|Office|Mail ?Stop|MS|EB)\s*#?\s*[\w-]+\.?(?:\s(?:North|South|East|West))?$/i;

/** A street found on its own or before the city: starts with a house number or a P.O. box. */
function streetFrom(text: string): string | undefined {
  const segs = clean(text).replace(/[,\s]+$/, '').split(SEPARATORS).filter(Boolean);
  const seg = segs.at(-1) ?? '';
  // "Unit 29 Malmesbury Road": a British unit's number, then its street's name.
  const m = /(?:\b(?:Unit|Flat)\s+\d+[A-Za-z]?,?\s+[A-Z][a-z].*|\b\d{1,6}[A-Za-z]?(?:-\d+)?\s+[A-Za-z0-9].*|\bP\.?\s?O\.?\s+Box\s+\d+.*|\bOne\s+[A-Z].*)$/.exec(seg);
  if (m && m[0].length <= 80 && /[A-Za-z]{2}/.test(m[0])) return m[0].replace(/[,\s]+$/, '');
  return euStreet(seg)?.[0].trim();
}

/** A line that is only a street ("1400 Smith Street, Suite 2083", "Hauptstraße 5"). */
export function isStreetLine(line: string): boolean {
  const t = clean(line);
  if (t.length > 80) return false;
  if (/^P\.?\s?O\.?\s*Box\s+\d+|^Postfach\s+\d+|^Postbus\s+\d+/i.test(t)) return true;
  if (/^(?:Unit|Flat)\s+\d+[A-Za-z]?,?\s+[A-Z]/.test(t) && STREET_SUFFIX.test(t)) return true;
  return (/^(?:#\s?\d+[A-Za-z]?,?\s+|(?:Level|Suite|Unit|Floor|Shop|Flat|Apt)\s+\w+,?\s+)?(?:\d{1,6}[A-Za-z]?(?:\s?-\s?\d+)?|One|Two|Three|Four|Five|Ten)\s+\S/.test(t) && STREET_SUFFIX.test(t)) || !!euStreet(t);
}

/**
 * Postal addresses in consecutive lines: "street / city, ST zip / country" in US, Canadian, UK, German and Dutch
 * conventions. Each address is returned once with the index of its city line.
 */
export function findAddresses(lines: string[]): { address: CandidateAddress; line: number }[] {
  const out: { address: CandidateAddress; line: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Every address form needs a postcode; most lines have none, so skip the costly patterns for them.
    const zip = /\d{4}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]\d[A-Z\d]?\s?\d[A-Z]{2}/.test(line);
    if (line.length > 400 || !(zip || /, ?[A-Z]{2}\b|\s[A-Z]{2}$/.test(line))) continue;
    let a: CandidateAddress | undefined;
    let before = '';
    let after = '';
    const alone = zip && i > 0 ? POSTCODE_LINE.exec(clean(line)) : null;
    const town = alone ? TOWN_LINE.exec(clean(lines[i - 1]).replace(/\s+,/g, ',')) : null;
    const au = zip && !alone ? AU_CITY.exec(line) : null;
    const us = alone || au ? null : zip ? US_CITY.exec(line) : US_NO_ZIP.exec(line);
    if (town && !isStreetLine(lines[i - 1]!) && i > 1 && isStreetLine(lines[i - 2]!)) {
      a = { locality: town[1]!, region: town[2], postcode: alone![1] };
    } else if (au) {
      a = { locality: au[1]!, region: au[2]!, postcode: au[3] };
      before = line.slice(0, au.index);
      after = line.slice(au.index + au[0].length);
    } else if (us) {
      a = { locality: us[1]!.trim(), region: us[2]!, postcode: us[3] };
      before = line.slice(0, us.index);
      after = line.slice(us.index + us[0].length);
    } else if (zip) {
      const eu = EU_CITY.exec(line);
      const uk = eu ? null : UK_CITY.exec(line);
      // A bare four or five digits and a word is often no postcode ("2014 Annual Report"): it needs a street
      // beside it, a postcode of the Dutch form or with its country's letter ("F-75002"), or a line of its own.
      const postcodeLike = /[A-Z]{2}$|^[A-Z]{1,2}-/.test(eu?.[1] ?? '') || /^\d{5}\s/.test(line.trim());
      if (eu && (postcodeLike || euStreet(line) || (i > 0 && euStreet(lines[i - 1]!)))) {
        a = { postcode: eu[1]!.replace(/^[A-Z]{1,2}-/, ''), locality: eu[2]!.trim() };
        // "6020 Innsbruck Tyrol", "5611 AB Eindhoven Noord-Brabant": a state or province after the town.
        const state = EU_STATE.exec(a.locality!);
        if (state && state.index > 0) [a.locality, a.region] = [a.locality!.slice(0, state.index).trim(), state[0]];
        before = line.slice(0, eu.index);
        after = line.slice(eu.index + eu[0].length);
      } else if (uk && !/^(Suite|Unit|Floor)$/i.test(uk[1]!)) {
        a = { locality: uk[1]!, postcode: uk[2]! };
        const county = UK_COUNTY.exec(a.locality!);
        if (county && county.index > 0) [a.locality, a.region] = [a.locality!.slice(0, county.index).trim(), county[0]];
        before = line.slice(0, uk.index);
        after = line.slice(uk.index + uk[0].length);
      }
    }
    if (!a) continue;
    // "Vestigingsadres: Oudegracht 215", "Anschrift: …": the label is no part of the street.
    const streetLine = (l: string) => clean(l).replace(/[,\s]+$/, '').replace(/^[\p{L} -]{2,30}:\s*(?=\S)/u, '');
    a.street = streetFrom(before) ?? (i > 0 && isStreetLine(lines[i - 1]!) ? streetLine(lines[i - 1]!) : undefined);
    // "411 Main St / Suite 12 Concord ON L4K 0A8": the unit before the city belongs to the street above.
    const unit = clean(before).replace(/[,\s]+$/, '');
    if (a.street && UNIT.test(unit) && !a.street.includes(unit)) a.street += ` ${unit}`;
    if (!a.street && i > 1 && isStreetLine(lines[i - 2]!)) a.street = clean(lines[i - 2]).replace(/[,\s]+$/, '');
    if (!a.postcode && !(a.street && isStreetLine(a.street))) continue;
    // "1400 Smith Street / Room EB1962 / Houston, TX": a unit line between street and city belongs to the street.
    if (a.street && i > 1 && a.street === clean(lines[i - 2]).replace(/[,\s]+$/, '') && UNIT.test(clean(lines[i - 1]))) a.street += `, ${clean(lines[i - 1])}`;
    // The country after the postcode, whatever follows it on the line ("CA 94103 USA 1.877.555.0100").
    const country = clean(after).replace(/^[,\s]+/, '').split(/[,|•·]|\s(?=[\d+(])/)[0]?.trim() ?? '';
    if (COUNTRY.test(country)) a.country = country;
    else if (i + 1 < lines.length && COUNTRY.test(clean(lines[i + 1]).replace(/[.,]$/, ''))) a.country = clean(lines[i + 1]).replace(/[.,]$/, '');
    for (const k of Object.keys(a) as (keyof CandidateAddress)[]) if (!a[k]) delete a[k];
    out.push({ address: a, line: i });
  }
  return out;
}

const compact = (s: string | undefined) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const houseNumber = (street: string | undefined) => /\d+/.exec(street ?? '')?.[0];
const UNIT_IN_STREET = /\b(?:Suite|Ste|Floor|Fl|Unit|Room|Rm|Apt|Building|Bldg)\b\.?\s*#?\s*\w/i;

/**
 * Whether `found` (read from the page's text) only repeats `known` (the page's markup): the same postcode and
 * house number, and no suite or floor that the markup's street lacks. Such a copy, often parsed less well (a
 * town's first words taken into the street), adds nothing but a second address to pick from.
 */
export function repeatsAddress(found: CandidateAddress, known: CandidateAddress): boolean {
  const number = houseNumber(found.street);
  if (!found.postcode || compact(found.postcode) !== compact(known.postcode) || !number || number !== houseNumber(known.street)) return false;
  const unit = UNIT_IN_STREET.exec(found.street!)?.[0];
  // The text's street names a suite the known one lacks: a second address, unless the known one gives the suite apart.
  return !unit || UNIT_IN_STREET.test(known.street!) || (!!known.full && UNIT_IN_STREET.test(known.full));
}

const COUNTRY_REGIONS: [RegExp, CountryCode][] = [
  [/^(?:USA|U\.S\.A\.?|US|United States(?: of America)?)$/i, 'US'],
  [/^(?:UK|U\.K\.|United Kingdom|England|Scotland|Wales)$/i, 'GB'],
  [/^(?:Germany|Deutschland|Duitsland)$/i, 'DE'],
  [/^(?:Netherlands|The Netherlands|Nederland)$/i, 'NL'],
  [/^(?:Belgium|België|Belgique)$/i, 'BE'],
  [/^(?:Austria|Österreich)$/i, 'AT'],
  [/^(?:Switzerland|Schweiz)$/i, 'CH'],
  [/^(?:France|Frankrijk|Frankreich)$/i, 'FR'],
  [/^(?:Canada)$/i, 'CA'],
  [/^(?:Ireland)$/i, 'IE'],
  [/^(?:Luxembourg)$/i, 'LU'],
  [/^(?:Australia)$/i, 'AU'],
];

/** The country an address is in, where it says so: its country, or a British or Dutch postcode. */
export function regionOfAddress(a: CandidateAddress): CountryCode | undefined {
  const named = a.country ? COUNTRY_REGIONS.find(([re]) => re.test(a.country!))?.[1] : undefined;
  if (named) return named;
  if (/^[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$/.test(a.postcode ?? '')) return 'GB';
  if (/^\d{4}\s?[A-Z]{2}$/.test(a.postcode ?? '')) return 'NL';
  if (/^\d{4}$/.test(a.postcode ?? '') && /^(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)$/.test(a.region ?? '')) return 'AU';
  if (/^[A-Z]\d[A-Z]\s?\d[A-Z]\d$/.test(a.postcode ?? '')) return 'CA';
  return undefined;
}
