// schema.org types that denote a person or an organisation. Organization has hundreds of subtypes
// (every LocalBusiness kind); matching name endings covers them without shipping the vocabulary, so only the types
// no ending gives away are listed.

const PERSON = /^(Person|Patient)$/;
// Exact names, then the endings of the many (LocalBusiness) subtypes.
const ORG = new RegExp(
  '^(?:' +
    'Corporation|NGO|Airline|Consortium|Dentist|Physician|Pharmacy|Hospital|Library|Winery|Brewery|Bakery|Distillery|' +
    'Hotel|Motel|Hostel|Resort|Attorney|Notary|Optician|SportsTeam|FundingScheme|LibrarySystem|AmusementPark|Casino|' +
    'BarOrPub|DryCleaningOrLaundry|RealEstateAgent|Plumber|Electrician|Locksmith|HousePainter|AutoRepair|AutoRental|' +
    'BankOrCreditUnion|Campground|BedAndBreakfast|DaySpa|ExerciseGym|TattooParlor|VeterinaryCare|MedicalClinic|' +
    'Preschool|CollegeOrUniversity|Florist|ChildCare|Church|Zoo|Museum|Aquarium|ArtGallery|MovieTheater' +
    ')$|(Organization|Business|Store|Shop|Service|Agency|Office|Center|Centre|Station|Restaurant|Establishment|Contractor|' +
    'Dealer|Group|Club|Company|School|Salon|Project)$',
);
const NON_AGENT = /^(WebPage|WebSite|CreativeWork|Offer|Product|Event|Place|Action|Service|Rating|Review|PostalAddress|ContactPoint|ImageObject|Thing)$/;

/** The schema.org local name of a type IRI or CURIE: `https://schema.org/Person` → `Person`. */
export function localType(type: string): string {
  return type.replace(/^.*[/#:]/, '');
}

const isSchema = (type: string) => !/^[a-z][\w-]*:(?!\/\/)/i.test(type) || /^schema:/i.test(type);

export function isPersonType(type: string): boolean {
  return isSchema(type) && PERSON.test(localType(type));
}

export function isOrgType(type: string): boolean {
  if (!isSchema(type)) return false;
  const t = localType(type);
  return !NON_AGENT.test(t) && ORG.test(t);
}
