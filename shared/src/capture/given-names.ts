// Common given names (English, German, Dutch), lower-case. A known given name is what tells "Jane Doe" from
// "Case Studies" when a line carries no other cue, and what lets ALL-CAPS names through.
const GIVEN = new Set(
  (
    'aaron abby abigail adam adrian agnes aidan alan albert alberto alex alexander alexandra alexis alfred alice alicia alison allan allen alyssa amanda ' +
  'amber amy andrea andreas andrew andy angela angelika angie anita ann anna anne annette annie anthony antonio april arjen arnold arthur ashley audrey ' +
  'austin avi barbara barry bart ben benjamin bernard bernd bernhard beth betty beverly bill billy bob bobby bonnie boris brad bradley brandon brenda ' +
  'brent brett brian bridget britta brittany bruce bruno bryan byron caitlin calvin cameron carl carla carlos carmen carol caroline carolyn carrie casey ' +
  'catherine cathy cecilia celia chad charles charlie charlotte chelsea cheryl chris christa christian christina christine christoph christopher chuck ' +
  'cindy claire clara claudia clifford clint colin connie corey courtney craig crystal curtis cynthia dale dan dana daniel daniela danielle danny darren ' +
  'dave david dawn dean debbie deborah debra denise dennis derek diana diane dick dieter dirk dominic don donald donna doris dorothy doug douglas duncan ' +
  'dylan earl ed eddie edith edward eileen elaine eleanor elena eli elias elijah elisabeth elizabeth ellen emily emma eric erica erik erika erin ernest ' +
  'esther ethan eugene eva evan evelyn felix fiona florian frances francis frank franz fred frederick gabriel gail gary gene geoffrey george gerald ' +
  'gerard gerhard gerrit gina glen glenn gloria gordon grace graham greg gregory gunther hannah hans harold harriet harry hazel heather heidi heinz ' +
  'helen helga henk henry herb herbert holly howard hugh hugo ian ingrid irene isaac isabel jack jackie jacob jacqueline jake james jamie jan jane janet ' +
  'janice jason jean jeanne jeff jeffrey jennifer jenny jeremy jerry jesse jessica jill jim jimmy jo joan joanna joanne jochen joe joel johan johann ' +
  'johannes john johnny jon jonathan jordan jorge jose joseph josh joshua joyce juan judith judy julia julian julie jurgen justin karen karin karl kate ' +
  'katherine kathleen kathryn kathy katie katrin kay keith kelly ken kenneth kevin kim kimberly kirk klaus kris kristin kurt kyle lana larry laura ' +
  'lauren laurie lawrence lee leo leon leonard les leslie lewis linda lindsay lindsey lisa liz lois lori lou louis louise lucas lucy luis luke lynn ' +
  'maarten mack madison manfred marc marcel marco marcus margaret maria marie marilyn mario marion mark marsha martha martin marty mary matt matthew ' +
  'matthias maureen max megan meghan melanie melissa michael michaela michel michelle miguel mike mildred mitchell molly monica monika nancy natalie ' +
  'nathan neil nicholas nick nicole niels nina noah norman olga oliver olivia oscar owen pam pamela pat patricia patrick paul paula pauline peggy penny ' +
  'peter petra phil philip phillip pieter rachel ralph randy ray raymond rebecca regina reinhard renate rhonda richard rick ricky rita rob robert ' +
  'roberta robin rod rodney roger roland ron ronald rosa rose rosemary ross roy ruben rudolf russell ruth ryan sabine sally sam samantha samuel sandra ' +
  'sandy sara sarah scott sean sebastian seth shannon sharon shaun shawn sheila shelley sherrie shirley simon sofia sonia sophie stacey stacy stan ' +
  'stanley stefan stefanie stephanie stephen steve steven stuart sue susan suzanne sven sylvia tamara tammy tanja ted terry theresa thomas tim timothy ' +
  'tina todd tom tommy tony tracy travis tricia troy ursula valerie vanessa vera veronica vicki victor victoria vincent virginia walter wayne wendy ' +
  'werner wesley willem william willy wim wolfgang yvonne zach'
  ).split(' '),
);

/** Is this word a common given name ("Jane", "JÜRGEN", "Bill")? */
export function isGivenName(word: string): boolean {
  const w = word.toLowerCase();
  if (GIVEN.has(w)) return true;
  if (!/[^a-z]/.test(w)) return false;
  // Accents are folded only when there are any: normalising every capitalised word of a page is costly.
  const folded = /[^\x00-\x7f]/.test(w) ? w.normalize('NFKD').replace(/\p{M}/gu, '') : w;
  return GIVEN.has(folded.replace(/[.'’]+$/, ''));
}
