import { describe, expect, it } from 'vitest';
import { isBoilerplate } from '../../src/parse/rules/boilerplate.js';
import { parseCaption } from '../../src/parse/rules/figure.js';
import { isMastheadLike } from '../../src/parse/rules/masthead.js';

describe('parseCaption', () => {
  it.each([
    [
      'Putin presented an icon to troops (Pool Photo via AP)',
      { caption: 'Putin presented an icon to troops', credit: 'Pool Photo via AP' },
    ],
    ['(PA Graphics)', { caption: null, credit: 'PA Graphics' }],
    ['Crowds at the stage (Photo: Sam Reed/Getty Images)', { caption: 'Crowds at the stage', credit: 'Sam Reed/Getty Images' }],
    ['Photo: Lena Brandt/Reuters', { caption: null, credit: 'Lena Brandt/Reuters' }],
    [
      'Crowds on the quay at dawn. Photograph: Lena Brandt/Getty Images',
      { caption: 'Crowds on the quay at dawn.', credit: 'Lena Brandt/Getty Images' },
    ],
    ['The minister arrives (Image: GETTY)', { caption: 'The minister arrives', credit: 'GETTY' }],
    ['(AFP)', { caption: null, credit: 'AFP' }],
    [
      'Julia Bottoms in her studio. Image: Tiffany Gaines.',
      { caption: 'Julia Bottoms in her studio.', credit: 'Tiffany Gaines' },
    ],
    ['Julia Bottoms. Image: courtesy of the artist.', { caption: 'Julia Bottoms.', credit: 'courtesy of the artist' }],
    ['(Image: © TNG Collaboration)', { caption: null, credit: 'TNG Collaboration' }],
    ['A stargazer watches the comet.Getty Images', { caption: 'A stargazer watches the comet.', credit: 'Getty Images' }],
    [
      'Ann Lee writes the syndicated Ask Ann column.Tribune Content Agency',
      { caption: 'Ann Lee writes the syndicated Ask Ann column.', credit: 'Tribune Content Agency' },
    ],
    [
      'The mayor in Rome on May 5, 2023. Dan Roe/Getty Images',
      { caption: 'The mayor in Rome on May 5, 2023.', credit: 'Dan Roe/Getty Images' },
    ],
    [
      'A cyclist passes the closed plant, November 19, 2019. © Agency / Dana Mercado',
      { caption: 'A cyclist passes the closed plant, November 19, 2019.', credit: 'Agency / Dana Mercado' },
    ],
    ['(Mara Quist / The Valley Ledger)', { caption: null, credit: 'Mara Quist / The Valley Ledger' }],
    [
      'Volunteers hand out leaflets at the gates | Illustration by Ana Petrov',
      { caption: 'Volunteers hand out leaflets at the gates', credit: 'Ana Petrov' },
    ],
    [
      '“We will rebuild,” the mayor said. | Illustration by City Desk',
      { caption: '“We will rebuild,” the mayor said.', credit: 'City Desk' },
    ],
    [
      'Parents in the car park on Monday afternoon Shutterstock',
      { caption: 'Parents in the car park on Monday afternoon', credit: 'Shutterstock' },
    ],
    ['Above: The district office on Main Street.', { caption: 'Above: The district office on Main Street.', credit: null }],
    [
      'PHOTO: Boats wait outside the harbour, Jan. 12, 2024.',
      { caption: 'Boats wait outside the harbour, Jan. 12, 2024.', credit: null },
    ],
    [
      '[2/4] Crews lift the last block into place. REUTERS/Tom Berg',
      { caption: 'Crews lift the last block into place.', credit: 'REUTERS/Tom Berg' },
    ],
    [
      'The new gate, seen from the pier. Ana Ruiz/Getty Images hide caption',
      { caption: 'The new gate, seen from the pier.', credit: 'Ana Ruiz/Getty Images' },
    ],
    ['Police outside the shop.Ana Ruiz/Globe Staff', { caption: 'Police outside the shop.', credit: 'Ana Ruiz/Globe Staff' }],
    [
      'Crews walk along the wall on Thursday. —FILE PHOTO',
      { caption: 'Crews walk along the wall on Thursday.', credit: 'FILE PHOTO' },
    ],
    ['Dana Roe/Coast Press via Getty Images, FILE', { caption: null, credit: 'Dana Roe/Coast Press via Getty Images, FILE' }],
  ])('%j', (text, expected) => {
    expect(parseCaption(text)).toEqual(expected);
  });

  it.each([
    'The mayor (pictured) said no.',
    'Prices rose (again)',
    '(This is an aside that ends a sentence.)',
    'Group of Seven (G7)',
    'He said the plan would work. Credit: none of it was true.',
    'The council met on Monday. Members of the public were not admitted',
    '(continued / page 4)',
    'Subs: McGregor, Namouchi, Burke, Rae.',
    ': M McCurry',
    'Note: The figures above are estimates.',
    'Elon Musk in Rome on December 15, 2023. The talks ended without a deal',
    'The minister said so. The rest followed/Came later',
    'He won 3/4 of the votes.',
  ])('%j is not a caption', (text) => {
    expect(parseCaption(text)).toBeNull();
  });
});

describe('boilerplate', () => {
  it.each([
    'Last updated',
    'Sorry, we are not accepting comments on this article.',
    'Share this article',
    'Advertisement',
    'Read more:',
    'Harbour Gazette Newsletter',
    'Get the week’s best recipes and tips delivered to your inbox every Friday.',
    'Get The Harbour Gazette’s Morning Edition by email and never miss our top stories Free Sign Up',
    'Short of time? Receive a daily digest of our most-read stories.',
    'Not a member? Sign up now!',
    'The Daily Ledger may earn an Affiliate Commission if you buy something through links in this article.',
    "Thanks for contacting us. We've received your submission.",
    'Got it',
    'Also read: From thorny subjects to underwhelming gifts: how to keep the holidays calm',
    '[ ]Sign Up',
    "We've added you to our mailing list.",
    "We've detected you are on Internet Explorer. For the best Ledger experience, please update to a modern browser.",
    'Type at least three characters to start auto complete.',
    "The Ledger's recommendations are based on many hours of testing, research, and comparison shopping.",
    'We hope you love our recommendations! Some may have been sent as samples, but all were independently selected.',
    'Add articles to your saved list and come back to them any time.',
    'Please refrain from posting comments that are obscene, defamatory or inflammatory.',
    'Link copied!',
    'Terms of Service Privacy Notice',
    'Donate to support independent journalism!',
    '___',
    '━━━━━━━━━━━━━━━━━━━━',
    '[ ][ ]Contact me with news and offers from other brands[ ]Receive email from us on behalf of our trusted partners or sponsors',
    'Original reporting on everything that matters in your inbox.',
    'Unlock a world of benefits with The Ledger! From insightful newsletters to real-time news alerts.',
    "Can't keep up? Get every update, exclusive clips and more from your favorite shows.",
    'The Ledger welcomes readers of all types, so sign in and join our community!',
    'We encountered an issue signing you up. Please try again.',
    "Don't miss a thing. Sign up for my free photo course.",
    '***Please sign up for Ledger Newsletters and download the Ledger app.',
    'Our "Harbour Weekly" newsletter brings you stories on the port every Friday.',
    'Scroll through the gallery below to see photos of the new harbour.',
    'For more, read how to speed up your slow computer.',
    'You may revoke this consent at any time with effect for the future.',
    "Get access to the region's fastest growing subscription service, Ledger Pro.",
    'Get breaking science news on monster snakes and dinosaurs, aliens, spooky particles and more!',
    'Contact Us | About Us | Sitemap',
    'To revisit this article, visit My Profile, then View saved stories.',
    'An envelope. It indicates the ability to send an email.',
    'By subscribing, you agree to our Privacy Policy and may receive occasional deal communications.',
    'By submitting your information you agree to the Terms & Conditions and Privacy Policy.',
    'No spam, we promise. You can unsubscribe at any time.',
    'Donate now!',
    'Like this story? Share it with a friend!',
    'Log in, register or subscribe to save articles for later.',
    'Share or comment on this article: Storm closes mountain pass',
    'If you purchase a product or register for an account through a link on our site, we may receive compensation.',
    'Have a tip? Send it to us! Email us at tips@example.com.',
    'Sign up for notifications from The Ledger! Stay up to date with what you want to know.',
    'The information in this article is for educational and informational purposes only and does not constitute medical advice.',
    'By clicking Subscribe, you agree to the Privacy Policy and Terms of Use.',
    'We also use cookies to personalize your experience on our websites.',
    'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.',
    'Support our newsroom by contributing as little as $1 a month.',
    'Contribute as little as $2 to keep our news free for all.',
    'Get the latest garden news and product launches in your inbox every day.',
    "Follow a topic and we'll email you when we write an article about it.",
    'Share your feedback to help improve our site!',
    'Follow me on Twitter.',
    'Follow Ward on Twitter at @wardwrites.',
    'This copy is for your personal, non-commercial use only.',
    'Further information on data privacy can be found in our data protection policy.',
    'Our journalists strive for accuracy but on occasion we make mistakes.',
    'Read our editorial policy to learn more about our process.',
    'The Ledger is your best source for all things gardening.',
    'The Harbour Press is an independent global news organization dedicated to factual reporting.',
    'The opinions expressed by contributors are their own and do not necessarily represent the views of The Ledger.',
    'Views expressed in this column are the author’s own.',
    'media captionWho is the new mayor?',
    'Image caption The harbour at dawn',
  ])('%j is dropped', (text) => expect(isBoilerplate(text)).toBe(true));
  it.each([
    'Comments from the minister were not welcome.',
    'Share prices fell sharply on Monday.',
    'The council will publish a weekly list of road closures.',
    'By signing the treaty, both countries agree to cut emissions by half.',
    'The charity asked people to donate now rather than wait for the appeal.',
    'Fans follow him on Twitter in their millions, and he rarely replies.',
    'The museum is the best source for the history of the town, its curator said.',
    'Residents said they would contribute as little as they could to the new tax.',
    'The views expressed at the meeting were angry, and the council did not respond.',
    'Privacy policy changes were discussed at length by the committee on Tuesday.',
    'Get access to clean water remains the aim of the charity, its director said.',
    'For more than a century the harbour has been the town’s main employer.',
    'The newsletter brought readers closer to the council, its editor said.',
    'So there you have it, our twelve best games of the year. What do you think? Let us know in the comments.',
  ])('%j is kept', (text) => expect(isBoilerplate(text)).toBe(false));
});

describe('masthead', () => {
  it.each([
    ['Express & Star', true],
    ['The Northern Ledger', true],
    ['Ad sales boost Time Warner profit', false],
    ['By Jane Smith', false],
    ['Published 18 April 2023', false],
    ['Top 10 Films', false],
  ])('%j is a masthead: %s', (text, expected) => expect(isMastheadLike(text)).toBe(expected));
});
