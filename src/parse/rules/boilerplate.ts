/**
 * Page leftovers: labels, buttons and notices that come with text copied from a
 * web page and are never part of the article. Whole-line matches only, so a
 * sentence that merely mentions comments or sharing is never dropped.
 */
import type { Rule } from '../state.js';
import { dropUnit, peek } from '../state.js';
import { wordCount } from '../shape.js';
import { rememberPerText } from '../memo.js';

const PATTERNS: RegExp[] = [
  // time stamps' labels left without their time
  /^(last )?(updated|modified|published)( on| at)?:?$/i,
  // comment notices
  /^(sorry, )?(we are|we're) not accepting comments on this (article|story)\.?$/i,
  /^comments? (are|is) (closed|disabled|turned off)( (for|on) this (article|story))?\.?$/i,
  /^(\d+ )?comments?:?$/i,
  /^(view|show|read|load|post|add|leave) (all |more )?(\d+ )?comments?\.?$/i,
  // sharing and saving
  /^(share|share this|share this (article|story|page)|share on \w+|copy link|link copied!?|email|print|save|bookmark|tweet|whatsapp|facebook|twitter|linkedin)( article)?:?$/i,
  // navigation and prompts
  /^(?:[Mm]edia|[Ii]mage) ?[Cc]aption(?:\b|(?=[A-Z]))/, // a picture's caption label, run into the caption
  // a footer's row of links: `Terms of Service Privacy Notice`
  /^((terms of (service|use)|terms (and|&) conditions|privacy (notice|policy)|cookie (policy|settings)|contact us|about us|site ?map|accessibility|advertise)\s*[|·•]?\s*){2,}$/i,
  /^(?:enlarge|expand|toggle|hide|show|view) (?:this )?(?:image|photo|picture|caption)s?$/i, // a picture viewer's buttons
  /^(pdf version|print version|skip to (main )?content|advertisement|sponsored|ad|back to top|menu|close|search|sign in|log in|subscribe)$/i,
  // a consent banner's buttons
  /^(got it|ok(ay)?|accept( all)?( cookies)?|reject all|i (agree|accept)|no,? thanks|manage (settings|preferences))[.!]?$/i,
  /^(read more|related( articles| stories)?|more on this story|recommended|most read|trending)\s*:?$/i,
  /^(sign up|subscribe) (to|for) (our|the) [\w ]*newsletters?\.?$/i,
  /^([\p{L}'’ ]{0,30} )?(email )?newsletters?$/iu, // a sign-up box's title: `Daily Planet Newsletter`
  /^follow us on [\w ,]+\.?$/i,
  /^((not a (member|subscriber)|new here|don'?t have an account)\?\s*)?(sign up|register|subscribe|join( us)?)( now| today| for free| here)?[.!]?$/i,
  /^(be the first to (rate|review|comment)|rate this (recipe|article|story))[\w &]*[.!]?$/i,
  /^learn (more )?about [\p{L}'’ ]{0,30}editorial (process|guidelines|policy|standards)\.?$/iu,
  // icons' and pictures' labels: `facebook icon`, `article image`, `lead-photo.jpg`, a gallery's `3`
  /^[\w/ -]{1,24} icon$|^(article|featured|main|lead|hero) (image|photo|picture)$|^[\w.-]+\.(png|jpe?g|gif|webp|svg|avif)$|^\d{1,3}$/i,
  // a video player's controls
  /^(cc|subtitles|captions|play video|share this video|mute|unmute|fullscreen|(facebook|twitter|email|x){2,4})$/i,
  // a widget's heading: links to other stories follow it
  /^(you (may|might) (also )?like|keep reading|up next|read next|what to read next|related (story|video|from [\p{L} ]{1,30})|more coverage|editor'?s picks|featured (stories|articles)|trending (stories|now)|most read( [\p{L}]+){0,2} stories|recently in [\p{L} ]{1,20}|more by [\p{Lu}][\p{L}'’. -]{1,30}|read ?more|shop (similar|the) look|list( of)? \d+ (items|of \d+)(list \d+ of \d+)?)$/iu,
];

/**
 * Notices that pages print in sentences: cookie banners, newsletter and
 * subscription prompts, ad-blocker pleas, comment-form notes, affiliate
 * disclosures. Matched anywhere in a line of at most 60 words.
 */
const NOTICES: RegExp[] = [
  /\b(this (site|website) uses cookies|we (also )?use cookies|privacy & cookies|cookie (policy|settings|preferences))\b/i,
  /\bprotected by recaptcha\b|\binformation on data (privacy|protection)\b|\bread our (data protection|privacy) policy\b/i,
  /\b(ad-?blocker|ad blocker|whitelist(ing)? (us|our site))\b/i,
  /\b(sign up|subscribe|signing up)\b.*\b(newsletters?|inbox|emails?)\b/i,
  /\b(newsletter)\b.*\b(sign up|subscribe|inbox|delivered)\b/i,
  /\byour email address will not be published\b/i,
  /\b(straight|direct(ly)?|delivered) to your inbox\b|\bby email and never miss\b/i,
  /\breceive (a |our )?(daily|weekly) (list|digest|round-?up|email|briefing)\b/i,
  /\b(required fields are marked|you must be logged in to post a comment)\b/i,
  /\bwe want to hear (what you think|from you)\b/i,
  /\b(submit a letter to the editor|letters to the editor)\b/i,
  /\byou are using a browser version\b|\bupdate your browser\b|\benable javascript\b|\bturn on javascript\b/i,
  /\b(contains|may contain) (affiliate links|references to products)\b|\b(may|might|could) (earn|receive) (an? )?(small )?(affiliate )?commissions?\b/i,
  /\b(trust principles|our standards:)\b/i,
  // sign-up and subscription small print, donation and tip prompts
  /\bby (subscribing|signing up|registering|clicking [\w ]{1,20}|submitting your (information|details|email))\b.*\byou (agree|accept|consent)\b/i,
  /\bsupport our (newsroom|journalism)\b|\bcontribute as little as [$£€]/i,
  /\bin your inbox (every|each) (day|week|morning)\b|\bfollow a topic and we'll email you\b/i,
  /^share your feedback\b|^follow (me|us|[\p{Lu}][\p{L}'’-]*) on (twitter|x|instagram|facebook|threads|bluesky|linkedin|tiktok|mastodon)\b/iu,
  /\bthis copy is for your personal,? non-?commercial use\b/i,
  /\b(opinions|views) expressed (by|in|here)\b.*\b(are (their|the author['’]?s?|his|her) own|do not necessarily (reflect|represent))\b/i,
  /\b(our journalists strive for accuracy|read our editorial (policy|guidelines|standards))\b/i,
  /^[\p{Lu}][\p{L}.&' -]{0,40} is your (best|leading|essential|premier|trusted|go-to) source (for|of)\b|\bis the essential source of information\b|^[\p{Lu}][\p{L}.&' -]{0,40} is an independent (global )?news organi[sz]ation\b/u,
  /\bno spam\b.*\bunsubscribe\b|\bunsubscribe at any time\b/i,
  /\bshare (it|this (story|article)) with a friend\b/i,
  /\b(log|sign) in, register or subscribe\b/i,
  /^share or comment on this article\b/i,
  /\bif you (purchase|buy) (a product|something)\b.*\blinks?\b.*\b(compensation|commission)\b/i,
  /^(got|have) a (news )?tip\?/i,
  /^sign up for (push )?notifications\b/i,
  /\bfor (educational and )?informational purposes only\b|\bdoes not constitute (medical|financial|legal|investment) advice\b/i,
  /^(also read|read also|see also|read more|related( article| story)?|recommended( reading)?)\s*:\s*\S/i, // a link to another story
  /\b(we('ve| have) added you to our|you('re| are) (now )?(subscribed|on the list)|you('ve| have) (successfully )?subscribed)\b/i,
  /\byou are (using|on) internet explorer\b|\bfor the best [\w.' ]{1,30} experience\b|\btype at least (\w+) characters\b/i,
  /\brecommendations are based on\b.*\btesting\b|\bwe hope you love (our|the) (recommendations|products|picks)\b/i,
  /\b(add|save) (articles|stories) to your (saved|reading) list\b|\brefrain from posting comments\b|\bview saved stories\b/i,
  /\bit indicates (the ability|a)\b.*\b(send|share|expand|link)\b/i, // an icon's description
  /\byou (may|can) (revoke|withdraw) (this|your) consent\b/i,
  /^\[ *\]/, // a form's boxes: `[ ]Sign Up`, `[ ][ ]Contact me with news and offers`
  /^(please )?donate( now| today)?[.!]*$|^(please )?donate to support\b|^unlock (a world of|exclusive|more)\b|^can'?t keep up\?|\bjoin our community\b/i,
  /\b(in|into) your inbox\.?$|\bnewsletters? brings? you\b|\bsign up for (my|our) free\b|\bissue signing you up\b/i,
  /^scroll (through|down)\b.*\bgallery\b|^for more,? (read|see|check out)\b/i,
  /^get access to\b.*\bsubscriptions?\b|^get (breaking|the latest) [\w ]{0,20}news\b.*(\band more\b|!$)/i,
  /\bthanks? (you )?for (contacting us|subscribing|signing up|your (submission|feedback))\b|\bwe('ve| have) received your (submission|message|request)\b/i,
  /\b(all rights reserved)\b/i,
];

const NOTICE_WORD_LIST = [
  'cookie',
  'never miss',
  'receive',
  'ad-?block',
  'ad blocker',
  'whitelist',
  'newsletter',
  'inbox',
  'sign up',
  'subscribe',
  'email address',
  'required fields',
  'logged in',
  'hear (what|from)',
  'letter',
  'browser',
  'javascript',
  'affiliate',
  'references to products',
  'commission',
  'principles',
  'standards',
  'rights reserved',
  'thank',
  'received your',
  'you (agree|accept|consent)',
  'spam',
  'donate',
  'share',
  'register',
  'compensation',
  'tip\\?',
  'notifications',
  'purposes only',
  'constitute',
  'recaptcha',
  'privacy policy',
  'data (privacy|protection)',
  'contribut',
  'support our',
  'every (day|week|morning)',
  'topic and',
  'feedback',
  'follow',
  'personal,? non',
  'strive',
  'editorial',
  'source',
  'organi[sz]ation',
  'expressed',
  'read',
  'also',
  'related',
  'recommended',
  'added you',
  'subscribed',
  'on the list',
  'explorer',
  'experience',
  'characters',
  'recommendations',
  'saved list',
  'reading list',
  'refrain',
  'indicates',
  'saved stories',
  'consent',
  'get access',
  'get breaking',
  'get the latest',
  'unlock',
  'keep up',
  'community',
  'signing',
  'scroll',
  'for more',
];
const NOTICE_WORDS = new RegExp(`${NOTICE_WORD_LIST.join('|')}`, 'i');

const LEGAL = /(©|\(c\)|copyright\b|all rights reserved)/i;
/** LEGAL.test, once per line: the locator, the headline finder and the byline pass all ask. */
export const isLegal = rememberPerText((text: string): boolean => LEGAL.test(text));
/** A page's copyright notice, not a picture's (`... in 2019. © Agency / Name`, `(Image: © Studio)`). */
const NOTICE = /^\W*(©|\(c\)|copyright\b)|all rights reserved|(©|copyright)\s*(©\s*)?(19|20)\d\d\b/i;

/**
 * True for a page's copyright notice: `© 2024 The Daily Ledger`, `Copyright 2024 ...
 * All rights reserved.` A copyright mark in a caption's credit is not one.
 * @param text one line
 */
export function isNotice(text: string): boolean {
  return isLegal(text) && NOTICE.test(text) && wordCount(text) <= 40;
}

/** Notices run to 60 words (an affiliate disclosure to 80): a longer line is no notice, whatever words it holds. */
const NOTICE_CHARS = 600;
const NOTICE_WORDS_MAX = 60;
const DISCLOSURE_WORDS_MAX = 80;
/** An affiliate disclosure: `... we may earn affiliate commissions. This helps support our work, but ...`. */
const DISCLOSURE = /\b(?:may|might|could) (?:earn|receive) (?:an? )?(?:small )?(?:affiliate )?commissions?\b/i;

/**
 * True when the whole line is page furniture.
 * @param text a unit's text
 */
export const isBoilerplate = rememberPerText(
  (text: string): boolean =>
    (text.length <= 80 && ANY_PATTERN.some((re) => re.test(text))) ||
    RULE.test(text) ||
    // One look for the notices' key words before trying them.
    (text.length <= NOTICE_CHARS &&
      NOTICE_GATE.test(text) &&
      (wordCount(text) <= NOTICE_WORDS_MAX
        ? ANY_NOTICE.some((re) => re.test(text))
        : wordCount(text) <= DISCLOSURE_WORDS_MAX && DISCLOSURE.test(text))),
);

/** A rule drawn with characters, however long. */
const RULE = /^[_\-—=*~.•·━─═]{3,}$/;

/** NOTICE_WORDS tried only where a word starts (or at a form's box): a few times faster on prose. */
const NOTICE_GATE = new RegExp(`\\[|\\b(?:${NOTICE_WORDS.source})`, 'i');

/**
 * The patterns joined into one expression per set of flags: one pass over a line
 * instead of one per pattern (each keeps its own anchors inside its group).
 */
function joined(patterns: readonly RegExp[]): RegExp[] {
  const byFlags = new Map<string, string[]>();
  for (const re of patterns) byFlags.set(re.flags, [...(byFlags.get(re.flags) ?? []), `(?:${re.source})`]);
  return [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
}
const ANY_PATTERN = joined(PATTERNS);
const ANY_NOTICE = joined(NOTICES);

export const boilerplate: Rule = {
  name: 'boilerplate',
  examples: [
    { text: 'Last updated', gives: 'dropped' },
    { text: 'Sorry, we are not accepting comments on this article.', gives: 'dropped' },
    { text: 'Share this article', gives: 'dropped' },
    { text: '© Copyright The Daily Ledger 2018', gives: 'dropped: a copyright notice' },
    { text: 'Comments are closed on this story, which is why you cannot reply.', gives: 'a paragraph (not a whole-line match)' },
  ],
  apply(state) {
    const unit = peek(state)!;
    if (!isBoilerplate(unit.text) && !isNotice(unit.text)) return 0;
    return dropUnit(state, unit);
  },
};
