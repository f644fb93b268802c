// Common given names (English, German, Dutch), lower-case. A known given name is what tells "Jane Doe" from
// "Case Studies" when a line carries no other cue, and what lets ALL-CAPS names through.
// Written front-coded to save bytes: each group is its first word, then the endings of the words sharing its first
// two letters ("alan,bert,ex" = alan, albert, alex).
const GIVEN = new Set(
  (
  'aaron abby,igail adam,rian agnes aidan alan,bert,berto,ex,exander,exandra,exis,fred,ice,icia,ison,lan,len,yssa amanda,ber,y ' +
  'andrea,dreas,drew,dy,gela,gelika,gie,ita,n,na,ne,nette,nie,thony,tonio april arjen,nold,thur ashley audrey,stin avi barbara,rry,rt ' +
  'ben,njamin,rnard,rnd,rnhard,th,tty,verly bill,lly bob,bby,nnie,ris brad,adley,andon,enda,ent,ett,ian,idget,itta,ittany,uce,uno,yan byron ' +
  'caitlin,lvin,meron,rl,rla,rlos,rmen,rol,roline,rolyn,rrie,sey,therine,thy cecilia,lia ' +
  'chad,arles,arlie,arlotte,elsea,eryl,ris,rista,ristian,ristina,ristine,ristoph,ristopher,uck cindy claire,ara,audia,ifford,int colin,nnie,rey,urtney ' +
  'craig,ystal curtis cynthia dale,n,na,niel,niela,nielle,nny,rren,ve,vid,wn dean,bbie,borah,bra,nise,nnis,rek diana,ane,ck,eter,rk ' +
  'dominic,n,nald,nna,ris,rothy,ug,uglas duncan dylan earl ed,die,ith,ward eileen elaine,eanor,ena,i,ias,ijah,isabeth,izabeth,len emily,ma ' +
  'eric,ica,ik,ika,in,nest esther ethan eugene eva,an,elyn felix fiona florian frances,ancis,ank,anz,ed,ederick gabriel,il,ry ' +
  'gene,offrey,orge,rald,rard,rhard,rrit gina glen,enn,oria gordon grace,aham,eg,egory gunther hannah,ns,rold,rriet,rry,zel ' +
  'heather,idi,inz,len,lga,nk,nry,rb,rbert holly,ward hugh,go ian ingrid irene isaac,abel jack,ckie,cob,cqueline,ke,mes,mie,n,ne,net,nice,son ' +
  'jean,anne,ff,ffrey,nnifer,nny,remy,rry,sse,ssica jill,m,mmy jo,an,anna,anne,chen,e,el,han,hann,hannes,hn,hnny,n,nathan,rdan,rge,se,seph,sh,shua,yce ' +
  'juan,dith,dy,lia,lian,lie,rgen,stin karen,rin,rl,te,therine,thleen,thryn,thy,tie,trin,y keith,lly,n,nneth,vin kim,mberly,rk klaus kris,istin kurt ' +
  'kyle lana,rry,ura,uren,urie,wrence lee,o,on,onard,s,slie,wis linda,ndsay,ndsey,sa,z lois,ri,u,uis,uise lucas,cy,is,ke lynn ' +
  'maarten,ck,dison,nfred,rc,rcel,rco,rcus,rgaret,ria,rie,rilyn,rio,rion,rk,rsha,rtha,rtin,rty,ry,tt,tthew,tthias,ureen,x megan,ghan,lanie,lissa ' +
  'michael,chaela,chel,chelle,guel,ke,ldred,tchell molly,nica,nika nancy,talie,than neil nicholas,ck,cole,els,na noah,rman olga,iver,ivia oscar owen ' +
  'pam,mela,t,tricia,trick,ul,ula,uline peggy,nny,ter,tra phil,ilip,illip pieter rachel,lph,ndy,y,ymond rebecca,gina,inhard,nate rhonda ' +
  'richard,ck,cky,ta rob,bert,berta,bin,d,dney,ger,land,n,nald,sa,se,semary,ss,y ruben,dolf,ssell,th ryan sabine,lly,m,mantha,muel,ndra,ndy,ra,rah ' +
  'scott sean,bastian,th shannon,aron,aun,awn,eila,elley,errie,irley simon sofia,nia,phie stacey,acy,an,anley,efan,efanie,ephanie,ephen,eve,even,uart ' +
  'sue,san,zanne sven sylvia tamara,mmy,nja ted,rry theresa,omas tim,mothy,na todd,m,mmy,ny tracy,avis,icia,oy ursula valerie,nessa vera,ronica ' +
  'vicki,ctor,ctoria,ncent,rginia walter,yne wendy,rner,sley willem,lliam,lly,m wolfgang yvonne zach'
  )
    .split(' ')
    .flatMap((g) => g.slice(2).split(',').map((end) => g.slice(0, 2) + end)),
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
